#!/bin/sh
# Fills the placeholders of this folder's nginx files and checks the result:
#
#   deploy/nginx/fill.sh OUT LISTEN=127.0.0.1:8080 ROOT=/srv/talent-check \
#       "FRAME_ANCESTORS='self' https://www.example.gov.cn" [PREFIX=/rencai/] [CONF=DIR]
#
# writes common.conf, headers.conf and site.conf (subpath.conf when PREFIX is
# given) into OUT, for nginx.conf's http block to include. CONF, the folder
# nginx reads common.conf and headers.conf from, is OUT unless given.
#
# Why not a plain `envsubst`: it replaces nginx's own variables too
# (`try_files $uri …` becomes `try_files  …`, and `nginx -t` still passes).
# Here envsubst is given the list of placeholders, and nothing else is touched.
# A value that could end a directive or open a block (; { }), start a comment
# (#), break out of a quoted string (" \), hold a variable ($) or another
# line is refused, as is a missing or empty one. The values are only read
# from the arguments: the environment often holds a ROOT of its own.
#
# When nginx is installed (NGINX, else /usr/sbin/nginx or nginx on PATH; NGINX=none
# for no test, as for a `listen … ssl` whose certificate you add after), the
# files are first tested with `nginx -t` in a folder of their own, loading
# the brotli modules common.conf needs from NGINX_MODULES (Debian's
# /usr/lib/nginx/modules); OUT is written only once they pass.
set -eu

say() { printf 'fill.sh: %s\n' "$*" >&2; }
fail() { say "$*"; exit 2; }
usage="usage: deploy/nginx/fill.sh OUT LISTEN=… ROOT=… FRAME_ANCESTORS=… [PREFIX=/path/] [CONF=…]"

[ $# -ge 1 ] || fail "$usage"
case $1 in
  *=*) fail "the first argument is the output folder, not $1 ($usage)" ;;
  '') fail "the output folder is empty ($usage)" ;;
esac
out=$1
shift

listen='' root='' frame_ancestors='' prefix='' conf=''
has_listen='' has_root='' has_frame_ancestors='' has_prefix='' has_conf=''
for arg in "$@"; do
  value=${arg#*=}
  case $arg in
    LISTEN=*) listen=$value has_listen=1 ;;
    ROOT=*) root=$value has_root=1 ;;
    FRAME_ANCESTORS=*) frame_ancestors=$value has_frame_ancestors=1 ;;
    PREFIX=*) prefix=$value has_prefix=1 ;;
    CONF=*) conf=$value has_conf=1 ;;
    *) fail "unknown argument '$arg': give LISTEN=, ROOT=, FRAME_ANCESTORS=, PREFIX= or CONF= ($usage)" ;;
  esac
done

newline='
'
cr=$(printf '\r')
# check NAME VALUE GIVEN: refuses a missing, empty or unsafe value.
check() {
  [ -n "$3" ] || fail "$1 is missing: give $1=… ($usage)"
  [ -n "$2" ] || fail "$1 is empty"
  case $2 in
    *"$newline"* | *"$cr"*) fail "$1 holds a line break: give it on one line" ;;
  esac
  case $2 in
    *';'* | *'{'* | *'}'* | *'#'* | *'$'* | *'"'* | *'\'*)
      fail "$1 '$2' holds one of ; { } # \$ \" \\, which nginx would read as part of its configuration" ;;
  esac
}
# path NAME VALUE: an absolute path without spaces (nginx reads a space as the end of it).
path() {
  case $2 in
    /*) ;;
    *) fail "$1 '$2' is not an absolute path (one that starts with /)" ;;
  esac
  case $2 in
    *' '* | *'	'*) fail "$1 '$2' holds a space, which would end the path in nginx's configuration" ;;
  esac
}

check LISTEN "$listen" "$has_listen"
check ROOT "$root" "$has_root"
path ROOT "$root"
check FRAME_ANCESTORS "$frame_ancestors" "$has_frame_ancestors"
if [ -n "$has_prefix" ]; then
  check PREFIX "$prefix" 1
  path PREFIX "$prefix"
  case $prefix in
    */) ;;
    *) fail "PREFIX '$prefix' must end with a slash, e.g. /rencai/" ;;
  esac
  # It is also a pattern in subpath.conf: letters, digits and - . _ ~ only.
  case $prefix in
    *[!A-Za-z0-9/._~-]*) fail "PREFIX '$prefix' may hold only letters, digits, / - . _ ~" ;;
  esac
  site=subpath.conf
else
  site=site.conf
fi

command -v envsubst >/dev/null || fail "envsubst is missing: install gettext-base (Debian) or gettext"
here=$(cd "$(dirname "$0")" && pwd)
case $out in
  /*) out_abs=$out ;;
  *) out_abs=$(pwd)/$out ;;
esac
# No trailing slash: the files append their own (`${ROOT}/`, `${CONF}/common.conf`).
[ "$root" = / ] || root=${root%/}
# CONF, given or the output folder, is written into the files as well.
if [ -n "$has_conf" ]; then conf_name=CONF; else conf_name="CONF (the output folder, as CONF is not given)" conf=$out_abs; fi
check "$conf_name" "$conf" 1
path "$conf_name" "$conf"
[ "$conf" = / ] || conf=${conf%/}

# fill DIR CONF: the files into DIR, with CONF as the folder of the includes.
fill() {
  for name in common.conf headers.conf "$site"; do
    LISTEN=$listen ROOT=$root FRAME_ANCESTORS=$frame_ancestors PREFIX=$prefix CONF=$2 \
      envsubst '${LISTEN} ${ROOT} ${FRAME_ANCESTORS} ${PREFIX} ${CONF}' \
      <"$here/$name" >"$1/$name"
  done
  if grep -n '\${' "$1/common.conf" "$1/headers.conf" "$1/$site" >&2; then
    fail "a placeholder above was left unfilled"
  fi
}

nginx=${NGINX:-}
if [ "$nginx" = none ]; then
  nginx=''
elif [ -z "$nginx" ]; then
  if [ -x /usr/sbin/nginx ]; then nginx=/usr/sbin/nginx; else nginx=$(command -v nginx || true); fi
fi
if [ -n "$nginx" ]; then
  test_dir=$(mktemp -d)
  trap 'rm -rf "$test_dir"' EXIT
  fill "$test_dir" "$test_dir"
  modules=${NGINX_MODULES:-/usr/lib/nginx/modules}
  {
    for module in ngx_http_brotli_static_module ngx_http_brotli_filter_module; do
      if [ -f "$modules/$module.so" ]; then echo "load_module $modules/$module.so;"; fi
    done
    echo "pid $test_dir/nginx.pid;"
    echo "events {}"
    echo "http {"
    for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $test_dir/$temp;"; done
    echo "  include $test_dir/$site;"
    echo "}"
  } >"$test_dir/nginx.conf"
  if ! report=$("$nginx" -t -p "$test_dir/" -e "$test_dir/error.log" -c "$test_dir/nginx.conf" 2>&1); then
    printf '%s\n' "$report" >&2
    case $report in
      *'unknown directive "brotli'*) say "common.conf needs nginx's brotli modules: Debian's libnginx-mod-http-brotli-static and libnginx-mod-http-brotli-filter, looked for in $modules (NGINX_MODULES)" ;;
    esac
    case $listen in
      *ssl*) say "a 'listen … ssl' needs a certificate: add ssl_certificate and ssl_certificate_key to the filled server block, running this with NGINX=none, then run nginx -t yourself; or fill a plain LISTEN behind the site's TLS server" ;;
    esac
    fail "nginx -t refused the filled files (above); nothing was written to $out"
  fi
  tested="tested with $nginx -t"
else
  if [ "${NGINX:-}" = none ]; then tested="not tested with nginx -t: NGINX=none"
  else tested="not tested: nginx is not installed (set NGINX to its path)"; fi
fi

mkdir -p "$out"
fill "$out" "$conf"
say "wrote $out/common.conf, $out/headers.conf, $out/$site ($tested); include $conf/$site in nginx.conf's http block"
