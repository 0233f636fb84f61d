#!/usr/bin/env bash
# What NewsroomArticleAssembly=true costs or saves a project of a given size: two consumers of the same N articles
# (eng/consumer.sh, the package's conventions, `dotnet build -c Release` as the machine's builds run it), one that
# generates in place and one with the property, each built after an edit to its program and after an edit to one
# article, the four builds in turn, round after round (a busy or noisy machine slows all alike):
#
#   bash eng/article-assembly-cost.sh                 # the seed alone, 10, 100 and 500 articles, 5 rounds, Wikinews texts
#   bash eng/article-assembly-cost.sh seed,100 3 polnear      # SIZES ROUNDS TEXTS
#
# SIZES: a comma list of article counts, "seed" for the seed article alone. TEXTS: wikinews or polnear (eng/consumer.sh;
# PolNeAR texts are read from the shared corpus at run time, never copied). Prints every round and the medians. The
# generator is the package's for this machine (compiled ahead of time, eng/ReadyToRun). Consumers are made under
# $COST_DIR (default /tmp/newsroom-assembly-cost). NEWSROOM_COST_SERVER=1 builds with the compiler server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
IFS=, read -r -a sizes <<< "${1:-seed,10,100,500}"
rounds=${2:-5}
NEWSROOM_TEXTS=${3:-wikinews}
work=${COST_DIR:-/tmp/newsroom-assembly-cost}
server=()
[ "${NEWSROOM_COST_SERVER:-0}" = 1 ] && server=(-p:UseSharedCompilation=true)

dotnet build "$root/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null
source "$root/eng/consumer.sh"
newsroom_ready_to_run "$work/generator-r2r"

# make DIR COUNT PROPERTY: a consumer of COUNT articles with NewsroomArticleAssembly=PROPERTY, restored and built once.
make() {
  rm -rf "$1"; mkdir -p "$1/Articles"
  newsroom_project "$1/Cost.csproj" "    <NewsroomArticleAssembly>$3</NewsroomArticleAssembly>"
  echo 'System.Console.WriteLine(Newsroom.Articles.All.Count);' > "$1/Program.cs"
  newsroom_articles "$1/Articles" "$2"
  (cd "$1" && dotnet restore -nologo -v q >/dev/null && dotnet build -c Release --no-restore -nologo -v q "${server[@]}" > "$1/build.log" 2>&1) \
    || { echo "the consumer in $1 did not build, see $1/build.log" >&2; exit 1; }
}

# build DIR FILE: one timed build after an edit to FILE (seconds on stdout). An article edit appends a line, so that
# its text, not only its time, changes; the next round's edit appends another.
build() {
  if [[ $2 == *.txt ]]; then printf '\nEdited again.\n' >> "$2"; fi
  timed_build "$1" "$2" "${server[@]}"
}

for size in "${sizes[@]}"; do
  place="$work/$NEWSROOM_TEXTS-$size-in-place" own="$work/$NEWSROOM_TEXTS-$size-assembly"
  make "$place" "$size" false
  make "$own" "$size" true
  [ -f "$own/obj/Release/net10.0/newsroom/Cost.Newsroom.dll" ] || { echo "no articles' assembly in $own" >&2; exit 1; }
  echo "## $NEWSROOM_TEXTS texts, $size articles, compiler server ${NEWSROOM_COST_SERVER:-as the environment says}, $rounds rounds: in place / with NewsroomArticleAssembly=true (s)"
  pc=() pa=() oc=() oa=()
  for ((r = 1; r <= rounds; r++)); do
    a=$(build "$place" "$place/Program.cs"); b=$(build "$own" "$own/Program.cs")
    c=$(build "$place" "$place/Articles/00000.txt"); d=$(build "$own" "$own/Articles/00000.txt")
    pc+=("$a") oc+=("$b") pa+=("$c") oa+=("$d")
    printf 'round %d  after a code edit %6.2f / %6.2f   after an article edit %6.2f / %6.2f\n' "$r" "$a" "$b" "$c" "$d"
  done
  printf 'median   after a code edit %6.2f / %6.2f   after an article edit %6.2f / %6.2f\n\n' \
    "$(echo "${pc[*]}" | median)" "$(echo "${oc[*]}" | median)" "$(echo "${pa[*]}" | median)" "$(echo "${oa[*]}" | median)"
done
