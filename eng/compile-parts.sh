#!/usr/bin/env bash
# What the compiler spends on each part of a consumer's build: the compiler is run on the build's own command line,
# once as the build runs it and then with the generator left out and its output passed as source files, one part of
# that output changed or left out at a time, each variant in turn, round after round (a busy or noisy machine slows
# every variant alike):
#
#   bash eng/compile-parts.sh 2000 3      # 2,000 articles, 3 rounds
#   bash eng/compile-parts.sh 1 5         # the one-article consumer, for comparison
#
# The variants:
#   build          the compiler as the build runs it, the generator included
#   sources        the generator left out, the files it generated passed as sources (its own time removed)
#   no-hovers      the same, every /// line removed
#   quote-fields   the same, each quote member a field without initializer instead of a property (compiles, but
#                  would not work at run time: it shows what the members' property bodies cost, not a design)
#   no-quotes      the same, without the files of quote members (Newsroom.Quotes.*.g.cs)
#   floor          no generated code at all: the article files still embedded and passed as AdditionalFiles, the
#                  program a one-line one
# The difference between two rows is what that part costs. Prints every run (wall time, CPU time, peak memory of the
# compiler) and the means per variant. The consumer is made as eng/scale.sh makes it (the package's conventions,
# Wikinews articles, compiler server off), under $PARTS_DIR (default /tmp/newsroom-parts).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
[ $# -ge 1 ] || { echo "usage: bash eng/compile-parts.sh ARTICLES [ROUNDS]" >&2; exit 2; }
n=$1 rounds=${2:-3}
work=${PARTS_DIR:-/tmp/newsroom-parts}
/usr/bin/time --version 2>&1 | grep -q GNU || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
source "$root/eng/consumer.sh"

dotnet build "$root/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null

# The consumer, built once with its generated files written out, and the compiler's command line of that build.
dir="$work/n$n" parts="$work/n$n-parts"   # the variants' files outside the project, so that no build compiles them
rm -rf "$dir" "$parts"; mkdir -p "$dir/Articles" "$parts"
newsroom_project "$dir/Parts.csproj" "    <UseSharedCompilation>false</UseSharedCompilation>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>$parts/generated</CompilerGeneratedFilesOutputPath>"
echo 'System.Console.WriteLine(Newsroom.Articles.All.Count);' > "$dir/Program.cs"
echo 'System.Console.WriteLine(0);' > "$parts/Floor.cs"
newsroom_articles "$dir/Articles" "$n"
(cd "$dir" && dotnet restore -nologo -v q >/dev/null && dotnet build --no-restore -nologo -v d -m:1 -nodeReuse:false > "$dir/build.log" 2>&1) \
  || { echo "the consumer did not build, see $dir/build.log" >&2; exit 1; }
compiler_command "$dir/build.log" "$dir/build.rsp"
echo "/out:$work/parts-out.dll" >> "$dir/build.rsp"
# /generatedfilesout would write the files again on each run: the variants' figures would include it.
sed -i '/^\/generatedfilesout:/d' "$dir/build.rsp"
grep -q '^/analyzer:.*Newsroom.Generator.dll$' "$dir/build.rsp" || { echo "the generator is not on the command line" >&2; exit 1; }
mapfile -t generated < <(find "$parts/generated" -name '*.g.cs' | sort)
[ ${#generated[@]} -gt 0 ] || { echo "no generated files under $parts/generated" >&2; exit 1; }

# The variants' files and command lines.
without_generator() { grep -v '^/analyzer:.*Newsroom.Generator.dll$' "$dir/build.rsp"; }
mkdir -p "$parts/no-hovers" "$parts/quote-fields"
for f in "${generated[@]}"; do
  grep -v '^ *///' "$f" > "$parts/no-hovers/$(basename "$f")"
  sed -E 's/public static (global::[A-Za-z0-9_.]+\.Quote) ([^ ]+) => __Table\[[0-9]+\];/public static readonly \1 \2;/' "$f" \
    > "$parts/quote-fields/$(basename "$f")"
done
if grep -q '=> __Table\[' "${generated[@]}" && grep -q '=> __Table\[' "$parts"/quote-fields/*.g.cs; then
  echo "a quote member was not rewritten as a field: the generated code's shape changed, update this script" >&2; exit 1
fi
{ without_generator; printf '%s\n' "${generated[@]}"; } > "$dir/sources.rsp"
{ without_generator; ls "$parts"/no-hovers/*.g.cs; } > "$dir/no-hovers.rsp"
{ without_generator; ls "$parts"/quote-fields/*.g.cs; } > "$dir/quote-fields.rsp"
{ without_generator; printf '%s\n' "${generated[@]}" | grep -v '/Newsroom\.Quotes\.[^/]*\.g\.cs$'; } > "$dir/no-quotes.rsp"
without_generator | sed "s#^Program.cs\$#$parts/Floor.cs#" > "$dir/floor.rsp"
grep -qx "$parts/Floor.cs" "$dir/floor.rsp" || { echo "Program.cs is not on the command line" >&2; exit 1; }
variants=(build sources no-hovers quote-fields no-quotes floor)

printf '%s articles, %s rounds: wall (s), CPU (s), peak memory (MB) of the compiler\n' "$n" "$rounds"
compiler_rounds "$dir" "$rounds" "${variants[@]}"
