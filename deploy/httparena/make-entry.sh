#!/usr/bin/env bash
# Writes MiniHttp's HttpArena entry into a new folder: this folder's Dockerfile, meta.json, build settings and package
# sources, the Arena sample's project and sources, and the MiniHttp package packed from this checkout with the version
# Directory.Build.props pins. That folder is the whole build context of `docker build frameworks/minihttp`:
#
#   deploy/httparena/make-entry.sh ../HttpArena/frameworks/minihttp
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?"usage: $0 OUT_DIR (a folder that does not exist yet, or an empty one)"}

if [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then
  # A file left from an older entry (a source since deleted) would be built into the image.
  echo "make-entry: $out is not empty" >&2
  exit 1
fi

version=$(sed -n 's:.*<MiniHttpPackageVersion>\(.*\)</MiniHttpPackageVersion>.*:\1:p' "$here/Directory.Build.props")
if [ -z "$version" ]; then
  echo "make-entry: $here/Directory.Build.props pins no MiniHttpPackageVersion" >&2
  exit 1
fi

# Each package the entry pins must be the version the repository builds and tests with.
for pinned in $(sed -n 's:.*<PackageReference Update="\([^"]*\)" Version="\([^"]*\)".*:\1@\2:p' "$here/Directory.Build.targets"); do
  if ! grep -qF "<PackageVersion Include=\"${pinned%@*}\" Version=\"${pinned#*@}\" />" "$root/Directory.Packages.props"; then
    echo "make-entry: $here/Directory.Build.targets pins ${pinned/@/ }, which is not the version in Directory.Packages.props" >&2
    exit 1
  fi
done

mkdir -p "$out"
cp "$here/Dockerfile" "$here/meta.json" "$here/Directory.Build.props" "$here/Directory.Build.targets" "$here/nuget.config" "$out/"
cp "$root/samples/Arena/Arena.csproj" "$out/"
(cd "$root/samples/Arena" && find . -name '*.cs' -not -path './bin/*' -not -path './obj/*' -exec cp --parents {} "$out/" \;)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! dotnet pack "$root/src/Runtime/MiniHttp.csproj" -c Release -p:Version="$version" -p:IncludeSymbols=false -o "$out/packages" > "$log" 2>&1; then
  cat "$log" >&2
  echo "make-entry: packing MiniHttp $version failed" >&2
  exit 1
fi
echo "make-entry: $out holds the entry, with MiniHttp $version in packages/"
