#!/usr/bin/env bash
# The build-cost measurement of issue #18, as a developer's builds run: `dotnet build -c Release` (with the compiler
# server when the machine's builds use it, below), a consumer wired by the package's conventions with N articles
# against the same consumer with the seed article alone, built alternately, round after round (a busy or noisy
# machine slows both alike):
#
#   bash eng/build-cost.sh                  # 2,000 articles, 5 rounds, PolNeAR and Wikinews texts, quote members on and off
#   bash eng/build-cost.sh 2000 3 polnear true     # ARTICLES ROUNDS TEXTS QUOTE-MEMBERS (each may be a comma list)
#
# TEXTS: polnear (US wire copy, about eight quotes an article; read from ../shared/corpus/polnear-dev.jsonl at run
# time, never copied into the repository) and wikinews (the 203 Wikinews articles, about four quotes an article); both
# repeated with a distinct first line to N articles (eng/consumer.sh). QUOTE-MEMBERS: the NewsroomQuoteMembers property.
# For each combination it prints every round, the medians and the ratio N articles / seed alone, then one more build
# of the N articles with -p:ReportAnalyzer=true for the compiler's own time of the generator (and the characters a
# second that makes). Consumers are made under $COST_DIR (default /tmp/newsroom-cost).
#
# The builds use the compiler server exactly when `dotnet build` does on the machine: an environment that sets
# UseSharedCompilation=false (as this project's measuring machine does) builds without it. NEWSROOM_COST_SERVER=1 builds
# with it whatever the environment says (-p:UseSharedCompilation=true; the first build starts and warms it).
#
# NEWSROOM_COST_ARTICLE_ASSEMBLY=1 sets NewsroomArticleAssembly=true in both consumers: the articles' code compiled
# into an assembly of its own, made again only when an article (or a Newsroom setting) changes. The timed builds
# (after an edit to the program) then reuse it. Each round also times, in turn, a build of the N articles after an
# edit to one article (its assembly made again: the generator and the compiler over all N articles' code, cold), and
# the same N articles built in place (a third consumer without the property, after an edit to its program), so that
# what an article edit costs with the property is compared with the build it replaces on the same stretch of machine.
#
# The generator is the one the package gives `dotnet build` on this machine: compiled ahead of time for its platform
# (eng/ReadyToRun). NEWSROOM_COST_READY_TO_RUN=0 takes the IL assembly (Visual Studio's .NET Framework MSBuild, a
# platform the package has no precompiled code for, NewsroomReadyToRun=false).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
n=${1:-2000} rounds=${2:-5}
IFS=, read -r -a kinds <<< "${3:-polnear,wikinews}"
IFS=, read -r -a members <<< "${4:-true,false}"
work=${COST_DIR:-/tmp/newsroom-cost}
server=()
[ "${NEWSROOM_COST_SERVER:-0}" = 1 ] && server=(-p:UseSharedCompilation=true)
article_assembly=${NEWSROOM_COST_ARTICLE_ASSEMBLY:-0}

dotnet build "$root/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null
ready_to_run=${NEWSROOM_COST_READY_TO_RUN:-1}

# make DIR COUNT MEMBERS [ASSEMBLY]: a consumer with COUNT articles (or "seed"), restored and built once (which starts
# the server); NewsroomArticleAssembly=true when ASSEMBLY (default: $article_assembly) is 1.
make() {
  local dir=$1 count=$2 quote_members=$3
  rm -rf "$dir"; mkdir -p "$dir/Articles"
  local assembly=""
  [ "${4:-$article_assembly}" = 1 ] && assembly=$'\n    <NewsroomArticleAssembly>true</NewsroomArticleAssembly>'
  newsroom_project "$dir/Cost.csproj" "    <NewsroomQuoteMembers>$quote_members</NewsroomQuoteMembers>$assembly"
  echo 'System.Console.WriteLine(Newsroom.Articles.All.Count);' > "$dir/Program.cs"
  newsroom_articles "$dir/Articles" "$count"
  (cd "$dir" && dotnet restore -nologo -v q >/dev/null && dotnet build -c Release --no-restore -nologo -v q "${server[@]}" > "$dir/build.log" 2>&1) \
    || { echo "the consumer in $dir did not build, see $dir/build.log" >&2; tail -20 "$dir/build.log" >&2; exit 1; }
}

# build DIR [FILE]: one timed build after touching FILE (default: the program; seconds on stdout).
build() { timed_build "$1" "${2:-$1/Program.cs}" "${server[@]}"; }

for kind in "${kinds[@]}"; do
  NEWSROOM_TEXTS=$kind source "$root/eng/consumer.sh"
  [ "$ready_to_run" = 1 ] && newsroom_ready_to_run "$work/generator-r2r"
  for m in "${members[@]}"; do
    seed="$work/$kind-$m-seed" big="$work/$kind-$m-$n"
    make "$seed" seed "$m"
    make "$big" "$n" "$m"
    place="$work/$kind-$m-$n-in-place"
    [ "$article_assembly" = 1 ] && make "$place" "$n" "$m" 0
    count=$(cd "$big" && dotnet bin/Release/net10.0/Cost.dll)
    [ "$count" -eq "$n" ] || { echo "the consumer sees $count articles, expected $n" >&2; exit 1; }
    chars=$(cat "$big"/Articles/*.txt | wc -m)
    echo "## $kind texts, $n articles ($chars characters), NewsroomQuoteMembers=$m, NewsroomArticleAssembly=$([ "$article_assembly" = 1 ] && echo true || echo false), compiler server ${NEWSROOM_COST_SERVER:-as the environment says}, generator $([ "$ready_to_run" = 1 ] && echo ReadyToRun || echo IL), $rounds rounds"
    a=() b=() e=() p=()
    texts=("$big"/Articles/*.txt); edited=${texts[0]}
    for ((r = 1; r <= rounds; r++)); do
      s=$(build "$seed"); l=$(build "$big")
      a+=("$s"); b+=("$l")
      if [ "$article_assembly" = 1 ]; then
        x=$(build "$big" "$edited"); e+=("$x")
        y=$(build "$place"); p+=("$y")
        printf 'round %d  seed %6.2f s   %s articles %6.2f s   after an article edit %6.2f s   in place %6.2f s\n' "$r" "$s" "$n" "$l" "$x" "$y"
      else
        printf 'round %d  seed %6.2f s   %s articles %6.2f s\n' "$r" "$s" "$n" "$l"
      fi
    done
    ms=$(echo "${a[*]}" | median) ml=$(echo "${b[*]}" | median)
    awk -v s="$ms" -v l="$ml" -v n="$n" 'BEGIN { printf "median   seed %6.2f s   %s articles %6.2f s   ratio %.2f×\n", s, n, l, l / s }'
    if [ "$article_assembly" = 1 ]; then
      me=$(echo "${e[*]}" | median) mp=$(echo "${p[*]}" | median)
      awk -v s="$ms" -v l="$me" -v p="$mp" -v n="$n" 'BEGIN { printf "median   after an article edit, %s articles %6.2f s (%.2f× the seed); in place, after a code edit %6.2f s (%.2f×)\n", n, l, l / s, p, p / s }'
    fi
    # The compiler's own time of the generator in one more build (ReportAnalyzer needs a detailed log); with the
    # articles' assembly, a build after an article edit (the only builds that run the generator).
    touch "$big/Program.cs"
    [ "$article_assembly" = 1 ] && touch "$edited"
    (cd "$big" && dotnet build -c Release --no-restore -nologo -v d -p:ReportAnalyzer=true "${server[@]}" > "$big/report.log" 2>&1)
    gen=$(awk '/Newsroom.Generator, Version/ { print $1; exit }' "$big/report.log")
    awk -v g="${gen:-0}" -v c="$chars" 'BEGIN { if (g > 0) printf "generator in the build (ReportAnalyzer): %.2f s, %.1f M characters a second\n\n", g, c / g / 1e6; else print "generator time not found\n" }'
  done
done
