# Sourced by scripts/run and scripts/test: installs missing Debian packages, then configures
# and builds mlawriter with CMake. Not meant to be run on its own.
set -euo pipefail

MLA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

mla_install_missing() {
    local missing=()
    local pkg
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < "$MLA_ROOT/scripts/packages.txt"
    if ((${#missing[@]})); then
        echo "mlawriter: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
        local sudo=""
        [[ $(id -u) -ne 0 ]] && sudo="sudo"
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# mla_build PRESET: configure (once) and build with the given CMake preset.
mla_build() {
    local preset="$1"
    cd "$MLA_ROOT"
    if [[ ! -f "build/$preset/CMakeCache.txt" ]]; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset" -j"$(nproc)"
}
