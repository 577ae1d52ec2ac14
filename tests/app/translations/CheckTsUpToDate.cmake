# ctest script: fails when translations/*.ts are not up to date with the sources, i.e. when
# running the mlawriter_lupdate target would change them (new, changed or removed strings).
# Runs lupdate on copies in a scratch directory; the repository's files are never modified.
# Variables: LUPDATE (the lupdate executable), PROJECT_CMAKE (the .cmake project file that
# qt_add_lupdate generates), SCRATCH (a scratch directory).
include("${PROJECT_CMAKE}")
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")

set(sources "")
foreach(s IN LISTS lupdate_sources)
  if(EXISTS "${s}")
    list(APPEND sources "\"${s}\"")
  endif()
endforeach()
set(includes "")
foreach(i IN LISTS lupdate_include_paths)
  list(APPEND includes "\"${i}\"")
endforeach()
set(copies "")
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(name "${ts}" NAME)
  file(COPY_FILE "${ts}" "${SCRATCH}/${name}")
  list(APPEND copies "\"${SCRATCH}/${name}\"")
endforeach()
list(JOIN sources ", " sources)
list(JOIN includes ", " includes)
list(JOIN copies ", " copies)
file(WRITE "${SCRATCH}/project.json"
  "{ \"projectFile\": \"${lupdate_project_file}\", \"includePaths\": [ ${includes} ], "
  "\"sources\": [ ${sources} ], \"translations\": [ ${copies} ] }\n")

execute_process(
  COMMAND "${LUPDATE}" -project "${SCRATCH}/project.json" -no-obsolete -locations none -silent
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()

set(stale "")
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(name "${ts}" NAME)
  file(READ "${ts}" before)
  file(READ "${SCRATCH}/${name}" after)
  if(NOT before STREQUAL after)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${after}")
    list(LENGTH unfinished n)
    list(APPEND stale "${name} (${n} unfinished after update)")
  endif()
endforeach()
if(stale)
  list(JOIN stale "\n  " stale)
  message(FATAL_ERROR "These translation files are not up to date with the sources:\n  ${stale}\n"
    "Run: cmake --build <build dir> --target mlawriter_lupdate, translate the new entries "
    "(Qt Linguist or the .ts XML), and commit the .ts files.")
endif()
message(STATUS "translations are up to date with the sources")
