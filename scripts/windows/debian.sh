# Sourced by scripts/windows-installer.sh and scripts/windows-smoke.sh: install_debian PKG... installs
# those of Debian's packages that are missing (CI starts from a bare Debian 12), waiting for another
# apt run's lock rather than failing.
install_debian() {
  missing=""
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  echo "[windows] installing Debian packages:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends \
    $missing >/dev/null
}
