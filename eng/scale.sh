#!/usr/bin/env bash
# Builds a generated consumer with N articles (default: 0 100 1000 10000) and reports the build time and the
# compiler's peak memory, so that anyone can reproduce the scale table of docs/performance.md:
#
#   bash eng/scale.sh            # all sizes: 0 1 100 1000 2000 10000
#   bash eng/scale.sh 1 2000     # some sizes (with 1 and 2000, it also prints the ratio the performance issue targets)
#   NEWSROOM_SCALE_REPORT=1 bash eng/scale.sh 1 2000    # and the compiler's timing of the generator and the analyzers
#   NEWSROOM_SCALE_INLINE=1 bash eng/scale.sh 1 2000    # texts compiled into the generated code, not embedded
#   NEWSROOM_SCALE_QUOTE_MEMBERS=false bash eng/scale.sh 1 2000    # without a member per quote
#   NEWSROOM_SCALE_SERVER=1 bash eng/scale.sh 1 2000     # with the compiler server, as a developer's builds run (the
#                                                        # server is warmed by the first build; no memory column)
#
# The consumer uses the package's MSBuild conventions (src/Newsroom.Generator/build), as a package consumer does.
# Articles are the Wikinews articles of ../shared/corpus/wikinews (CC BY 2.5), repeated with a distinct first line
# each so that no two are equal. Each size gets a fresh consumer under $SCALE_DIR (default /tmp/newsroom-scale),
# restored once, then built twice with `dotnet build --no-restore` and the compiler server off (so that the csc
# process's peak memory is the build's own): the figures are those of the second, warm build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
work=${SCALE_DIR:-/tmp/newsroom-scale}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(0 1 100 1000 2000 10000)
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

source "$root/eng/consumer.sh"

dotnet build "$root/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null

# NEWSROOM_SCALE_QUOTE_MEMBERS=false: the consumer sets NewsroomQuoteMembers=false (no member per quote).
quote_members=${NEWSROOM_SCALE_QUOTE_MEMBERS:-true}
# NEWSROOM_SCALE_INLINE=1: the texts written into the generated code (what a project gets that lists its articles as
# AdditionalFiles by hand, without the package's targets), instead of embedded as resources.
inline=""
if [ "${NEWSROOM_SCALE_INLINE:-0}" = 1 ]; then
  inline='  <ItemGroup><EmbeddedResource Remove="@(NewsroomArticle)" /><AdditionalFiles Update="@(NewsroomArticle)" NewsroomResource="" /></ItemGroup>'
fi

# NEWSROOM_SCALE_SERVER=1: the builds use the compiler server (VBCSCompiler), the default of every developer's build;
# the first build of each size starts and warms it, the measured build reuses it.
server=${NEWSROOM_SCALE_SERVER:-0}
if [ "$server" = 1 ]; then sed_server='s#<UseSharedCompilation>false</UseSharedCompilation>##'; else sed_server='s#^##'; fi

# NEWSROOM_SCALE_REPORT=1: one more build of each size with -p:ReportAnalyzer=true, for the compiler's own figures of
# the Newsroom generator's time and of all analyzers' time (two more columns).
report=${NEWSROOM_SCALE_REPORT:-0}
if [ "$report" = 1 ]; then
  printf '| articles | characters | build (s) | compiler peak memory (MB) | Newsroom generator (s) | analyzers (s) |\n|---|---|---|---|---|---|\n'
else
  printf '| articles | characters | build (s) | compiler peak memory (MB) |\n|---|---|---|---|\n'
fi
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  rm -rf "$dir"; mkdir -p "$dir/Articles"
  newsroom_project "$dir/Scale.csproj" "    <UseSharedCompilation>false</UseSharedCompilation>
    <NewsroomQuoteMembers>$quote_members</NewsroomQuoteMembers>" "$inline"
  echo 'System.Console.WriteLine(Newsroom.Articles.All.Count);' > "$dir/Program.cs"
  chars=0
  newsroom_articles "$dir/Articles" "$n"
  [ "$n" -eq 0 ] || chars=$(cat "$dir"/Articles/*.txt | wc -m)
  sed -i "$sed_server" "$dir/Scale.csproj"
  (cd "$dir" && dotnet restore -nologo -v q >/dev/null && dotnet build --no-restore -nologo -v q >/dev/null 2>&1 || true)
  touch "$dir/Program.cs"
  start=$(date +%s.%N)
  if [ "$server" = 1 ]; then
    (cd "$dir" && dotnet build --no-restore -nologo -v q -p:UseSharedCompilation=true > "$dir/build.log" 2>&1) \
      || { echo "build of $n articles failed, see $dir/build.log" >&2; tail -20 "$dir/build.log" >&2; exit 1; }
  else
    (cd "$dir" && /usr/bin/time -v -o "$dir/time.txt" dotnet build --no-restore -nologo -v q -m:1 -nodeReuse:false -p:UseSharedCompilation=false > "$dir/build.log" 2>&1) \
      || { echo "build of $n articles failed, see $dir/build.log" >&2; tail -20 "$dir/build.log" >&2; exit 1; }
  fi
  end=$(date +%s.%N)
  # The largest child is the compiler; /usr/bin/time reports the peak resident set of the largest process waited for.
  # With the compiler server, the compiler is not a child of the build: no figure.
  peak="—"
  [ "$server" = 1 ] || peak=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); printf "%d", $2 / 1024 }' "$dir/time.txt")
  count=$(cd "$dir" && dotnet bin/Debug/net10.0/Scale.dll)
  [ "$count" -eq "$n" ] || { echo "the consumer sees $count articles, expected $n" >&2; exit 1; }
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  declare "took_$n=$seconds"
  if [ "$report" = 1 ]; then
    # One more build with the compiler's own timing of generators and analyzers (-p:ReportAnalyzer=true needs -v:d).
    touch "$dir/Program.cs"
    (cd "$dir" && dotnet build --no-restore -nologo -v d -m:1 -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true > "$dir/report.log" 2>&1)
    gen=$(awk '/Newsroom.Generator, Version/ { print $1; exit }' "$dir/report.log")
    ana=$(awk '/Total analyzer execution time/ { print $5; exit }' "$dir/report.log")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$chars" "$seconds" "$peak" "${gen:-?}" "${ana:-?}"
  else
    printf '| %s | %s | %s | %s |\n' "$n" "$chars" "$seconds" "$peak"
  fi
done
if [ -n "${took_1:-}" ] && [ -n "${took_2000:-}" ]; then
  awk -v one="$took_1" -v two="$took_2000" 'BEGIN { printf "\n2,000 articles / 1 article: %.2f× (target: at most 2×)\n", two / one }'
fi
