# Fails when a C++ source under app/, core/ or tests/ is not formatted with the repository's
# .clang-format (run `clang-format -i` on the files it lists).
file(GLOB_RECURSE files "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/core/*.cpp" "${ROOT}/core/*.h"
     "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
set(bad "")
foreach(f IN LISTS files)
  execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${f}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    list(APPEND bad "${f}")
  endif()
endforeach()
if(bad)
  string(REPLACE ";" "\n" bad "${bad}")
  message(FATAL_ERROR "not clang-formatted:\n${bad}")
endif()
