# Sourced by the scripts of eng/: a consumer project wired as a package consumer is (the package's
# MSBuild conventions from src/Newsroom.Generator/build, the generator built in Release), and its article files.
# Needs $root (the repository) and $shared (the shared folder with corpus/wikinews).

# The articles: NEWSROOM_TEXTS=wikinews (the default) takes the Wikinews articles of ../shared/corpus/wikinews (CC BY
# 2.5), in name order; NEWSROOM_TEXTS=polnear takes the texts of ../shared/corpus/polnear-dev.jsonl (US wire copy, about
# eight quotes an article where Wikinews has four), written to files under $NEWSROOM_TEXTS_DIR (default
# /tmp/newsroom-texts) on first use. Those texts are for measuring only: they are read from the shared corpus at run
# time and never copied into the repository.
newsroom_texts=${NEWSROOM_TEXTS:-wikinews}
case "$newsroom_texts" in
  wikinews)
    mapfile -t newsroom_sources < <(ls "$shared"/corpus/wikinews/*.txt 2>/dev/null | sort) ;;
  polnear)
    texts_dir=${NEWSROOM_TEXTS_DIR:-/tmp/newsroom-texts}/polnear
    if [ ! -f "$texts_dir/.done" ]; then
      [ -f "$shared/corpus/polnear-dev.jsonl" ] || { echo "no $shared/corpus/polnear-dev.jsonl" >&2; exit 2; }
      rm -rf "$texts_dir"; mkdir -p "$texts_dir"
      python3 - "$shared/corpus/polnear-dev.jsonl" "$texts_dir" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    with open(f"{sys.argv[2]}/{i:04d}.txt", "w", encoding="utf-8") as f:
        f.write(json.loads(line)["text"])
PY
      touch "$texts_dir/.done"
    fi
    mapfile -t newsroom_sources < <(ls "$texts_dir"/*.txt | sort) ;;
  *) echo "NEWSROOM_TEXTS is wikinews or polnear, not $newsroom_texts" >&2; exit 2 ;;
esac
[ ${#newsroom_sources[@]} -gt 0 ] || { echo "no articles for NEWSROOM_TEXTS=$newsroom_texts" >&2; exit 2; }

# newsroom_ready_to_run DIR: the generator (built in Release) compiled ahead of time for this machine's platform into
# DIR, as the package gives it to `dotnet build` here (eng/ReadyToRun; build/Newsroom.targets picks it), and
# newsroom_generator set to it, so that the consumers made after this get it instead of the IL assembly. On a platform
# the package has no image for (NewsroomReadyToRunIdentifiers), the consumers keep the IL assembly, as the package's do.
newsroom_ready_to_run() {
  local rid platforms
  rid=$(dotnet msbuild "$root/eng/ReadyToRun/ReadyToRun.csproj" -getProperty:NETCoreSdkPortableRuntimeIdentifier 2>/dev/null)
  platforms=$(dotnet msbuild "$root/src/Newsroom.Generator/Newsroom.Generator.csproj" -getProperty:NewsroomReadyToRunIdentifiers 2>/dev/null)
  if [ -z "$rid" ] || [[ ";$platforms;" != *";$rid;"* ]]; then
    echo "the package has no precompiled generator for '$rid': the consumers get the IL one" >&2
    return 0
  fi
  rm -rf "$1"   # from scratch: crossgen2's step goes by file times, and an older generator would keep a newer image
  dotnet publish "$root/eng/ReadyToRun" -c Release -r "$rid" -o "$1" -nologo -v q --disable-build-servers \
    "-p:IntermediateOutputPath=$1/work/obj/" "-p:OutDir=$1/work/bin/" \
    "-p:NewsroomGenerator=$root/src/Newsroom.Generator/bin/Release/netstandard2.0/Newsroom.Generator.dll" >/dev/null \
    || { echo "the ReadyToRun generator for $rid did not build" >&2; exit 1; }
  newsroom_generator=$1/Newsroom.Generator.dll
}

# newsroom_project FILE [PROPERTIES] [ITEMS]: a consumer project file; PROPERTIES go into its PropertyGroup, ITEMS after
# the targets are imported. The generator is $newsroom_generator when set (newsroom_ready_to_run), else the IL one.
newsroom_project() {
  cat > "$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/Newsroom.Generator/build/Newsroom.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
${2:-}
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="${newsroom_generator:-$root/src/Newsroom.Generator/bin/Release/netstandard2.0/Newsroom.Generator.dll}" />
  </ItemGroup>
  <Import Project="$root/src/Newsroom.Generator/build/Newsroom.targets" />
${3:-}
</Project>
XML
}

# newsroom_articles DIR N: N article files in DIR (00000.txt …), the articles repeated with a distinct first line
# ("Edition 2: …") beyond the number there are, so that no two are equal. N = seed: the seed article alone (the
# one-article consumer the build-cost issue compares with).
newsroom_articles() {
  local dir=$1 n=$2 i src copy f
  mkdir -p "$dir"
  if [ "$n" = seed ]; then cp "$shared"/seeds/000_*.txt "$dir/00000.txt"; return; fi
  for ((i = 0; i < n; i++)); do
    src=${newsroom_sources[$((i % ${#newsroom_sources[@]}))]}
    copy=$((i / ${#newsroom_sources[@]}))
    f="$dir/$(printf '%05d' "$i").txt"
    if [ "$copy" -eq 0 ]; then cp "$src" "$f"; else { printf 'Edition %d: ' "$copy"; cat "$src"; } > "$f"; fi
  done
}

# compiler_command LOG RSP: reads the compiler's command line from a detailed build log (dotnet build -v d) into the
# array "csc" (the launcher: ".../csc", or "dotnet exec .../csc.dll") and its arguments into RSP, one a line, without
# /out and /refout. Paths with spaces are not handled (the SDK quotes them): run from a folder without spaces.
compiler_command() {
  local log=$1 rsp=$2 line i
  line=$(grep -m1 -E '^ +(/|dotnet ).*csc(\.dll)?"? ' "$log" | sed 's/^ *//') \
    || { echo "no compiler command line in $log" >&2; exit 1; }
  local -a words
  read -r -a words <<< "$line"
  csc=()
  for ((i = 0; i < ${#words[@]}; i++)); do
    csc+=("${words[$i]//\"/}")
    [[ ${words[$i]} =~ csc(\.dll)?\"?$ ]] && break
  done
  printf '%s\n' "${words[@]:$((i + 1))}" | grep -v '^/out:\|^/refout:' > "$rsp"
}

# compiler_rounds DIR ROUNDS NAME...: runs the compiler of compiler_command ("${csc[@]}") on DIR/NAME.rsp for each NAME
# in turn, ROUNDS times, in DIR (a busy or noisy machine slows every NAME alike); prints each run (wall time, CPU time,
# peak memory of the compiler) and the means per NAME, in the order given. Needs GNU time at /usr/bin/time.
compiler_rounds() {
  local dir=$1 rounds=$2 r name wall user sys peak
  shift 2
  rm -f "$dir/runs.txt"
  for ((r = 1; r <= rounds; r++)); do
    for name in "$@"; do
      (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$dir/time-$name.txt" "${csc[@]}" "@$dir/$name.rsp" > "$dir/csc-$name.log" 2>&1) \
        || { echo "the compiler failed on $name, see $dir/csc-$name.log" >&2; exit 1; }
      read -r wall user sys peak < <(tail -1 "$dir/time-$name.txt")
      awk -v n="$name" -v r="$r" -v w="$wall" -v u="$user" -v s="$sys" -v m="$peak" \
        'BEGIN { printf "round %d  %-13s %6.2f  %6.2f  %5d\n", r, n, w, u + s, m / 1024 }' | tee -a "$dir/runs.txt"
    done
  done
  echo
  for name in "$@"; do
    awk -v n="$name" '$3 == n { w += $4; c += $5; m += $6; k++ } END { printf "mean  %-13s %6.2f  %6.2f  %5d\n", n, w / k, c / k, m / k }' "$dir/runs.txt"
  done
  rm -f "$dir/runs.txt"
}

# timed_build DIR FILE [ARGUMENTS...]: one `dotnet build -c Release --no-restore` of DIR, with ARGUMENTS, after touching
# FILE; the seconds it took on stdout, its log in DIR/build.log.
timed_build() {
  local dir=$1 start end
  touch "$2"
  shift 2
  start=$(date +%s.%N)
  (cd "$dir" && dotnet build -c Release --no-restore -nologo -v q "$@" > "$dir/build.log" 2>&1) \
    || { echo "build in $dir failed, see $dir/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

# median: the median of the numbers on stdin (separated by spaces or new lines).
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
