#!/usr/bin/env bash
# Compares versions of the generator on one consumer build, the compiler run alternately with each, so that a busy or
# noisy machine slows every version alike:
#
#   bash eng/ab.sh 2000 5 4314cef HEAD      # 2,000 articles, 5 rounds, two revisions
#   bash eng/ab.sh 1 8 4314cef HEAD         # the one-article build
#
# Each revision's generator is built in Release in a worktree under $AB_DIR (default /tmp/newsroom-ab), named after the
# commit the revision is when the script runs; "WORK" stands for the working tree as it is (printed as "work"). The consumer is made as eng/scale.sh makes it (the package's conventions, Wikinews
# articles, compiler server off) and built once with the current generator to read the compiler's command line; then
# each round runs that command line once per revision, with only the generator's path changed. Prints every run (wall
# time, CPU time, peak memory of the compiler) and the means per revision.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
[ $# -ge 3 ] || { echo "usage: bash eng/ab.sh ARTICLES ROUNDS REV [REV...]" >&2; exit 2; }
n=$1 rounds=$2
shift 2
revs=("$@")
work=${AB_DIR:-/tmp/newsroom-ab}
/usr/bin/time --version 2>&1 | grep -q GNU || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
source "$root/eng/consumer.sh"
mkdir -p "$work"

# The generator of each revision, in a folder named after the commit it is (HEAD or a branch moves), or "work".
names=()
for rev in "${revs[@]}"; do
  if [ "$rev" = WORK ]; then
    name=work src=$root
  else
    sha=$(git -C "$root" rev-parse --verify --quiet "$rev^{commit}") || { echo "no such revision: $rev" >&2; exit 2; }
    name=${sha:0:12} src="$work/tree-$name"
    [ -d "$src" ] || git -C "$root" worktree add -f --detach "$src" "$sha" >/dev/null \
      || { echo "could not check out $rev" >&2; exit 1; }
  fi
  names+=("$name")
  mkdir -p "$work/gen-$name"
  dotnet build "$src/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null \
    || { echo "the generator of $rev did not build" >&2; exit 1; }
  cp "$src/src/Newsroom.Generator/bin/Release/netstandard2.0/Newsroom.Generator.dll" "$work/gen-$name/"
done
# The consumer below is wired to this tree's generator (as eng/scale.sh does), built here whatever is compared.
dotnet build "$root/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null

# The consumer, and the compiler's command line of its build.
dir="$work/n$n"
rm -rf "$dir"; mkdir -p "$dir/Articles"
newsroom_project "$dir/Ab.csproj" "    <UseSharedCompilation>false</UseSharedCompilation>"
echo 'System.Console.WriteLine(Newsroom.Articles.All.Count);' > "$dir/Program.cs"
newsroom_articles "$dir/Articles" "$n"
(cd "$dir" && dotnet restore -nologo -v q >/dev/null && dotnet build --no-restore -nologo -v d -m:1 -nodeReuse:false > "$dir/build.log" 2>&1) \
  || { echo "the consumer did not build, see $dir/build.log" >&2; exit 1; }
# The compiler's command line, the output moved aside.
compiler_command "$dir/build.log" "$dir/csc.rsp"
echo "/out:$work/ab-out.dll" >> "$dir/csc.rsp"
grep -q '^/analyzer:.*Newsroom.Generator.dll$' "$dir/csc.rsp" || { echo "the generator is not on the command line" >&2; exit 1; }

printf '%s articles, %s rounds: wall (s), CPU (s), peak memory (MB) of the compiler\n' "$n" "$rounds"
for name in "${names[@]}"; do
  generator="$work/gen-$name/Newsroom.Generator.dll"
  sed "s#^/analyzer:.*Newsroom.Generator.dll\$#/analyzer:$generator#" "$dir/csc.rsp" > "$dir/$name.rsp"
  grep -qxF "/analyzer:$generator" "$dir/$name.rsp" || { echo "could not put the generator of $name on the command line" >&2; exit 1; }
done
compiler_rounds "$dir" "$rounds" "${names[@]}"
