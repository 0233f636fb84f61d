#!/usr/bin/env bash
# What a consumer of N articles pays at run time on FIRST access, each figure in a fresh process (as an app that
# starts, reads its articles and exits): Articles.All with every article's quotes, one article, one actor's quotes;
# against loading the same data from a JSON file with System.Text.Json (the alternative a user would pick, which has to
# read the whole file whatever is asked of it). Reproduces the run-time table of docs/performance.md:
#
#   bash eng/runtime.sh            # 1,000 articles, 11 runs of each
#   bash eng/runtime.sh 2000 21    # N articles, R runs
#
# The consumer is built in Release with the package's MSBuild conventions (src/Newsroom.Generator/build: the article
# files embedded, read on first use), from the Wikinews articles of ../shared/corpus/wikinews (CC BY 2.5), repeated
# with a distinct first line beyond the 203 there are, as eng/scale.sh does. The JSON file holds what the consumer
# itself reads through the generated API (file name, text, paragraphs, quotes with speaker, verb and position, actors),
# written once by the consumer; "one article" is the middle one (00500.txt of 1,000). Each figure is the median of R processes: the time from Main's start to the answer
# (Stopwatch), then the whole process (start to exit, including the runtime's own start-up, the same for both).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
n=${1:-1000}
runs=${2:-11}
dir=${RUNTIME_DIR:-/tmp/newsroom-runtime}/n$n

source "$root/eng/consumer.sh"

dotnet build "$root/src/Newsroom.Generator" -c Release -nologo -v q >/dev/null
rm -rf "$dir"; mkdir -p "$dir/Articles"
newsroom_project "$dir/Runtime.csproj" "    <ImplicitUsings>enable</ImplicitUsings>
    <Configuration>Release</Configuration>"
cat > "$dir/Program.cs" <<'CS'
using System.Diagnostics;
using System.Text.Json;
using Newsroom;

var clock = Stopwatch.StartNew();
var answer = args[0] switch
{
    // Every article made, with its quotes: what loading the JSON file gives.
    "all" => Articles.All.Sum(a => a.Quotes.Count),
    "one" => Articles.ByFileName(args[1])!.Quotes.Count,
    "actor" => Actors.Find("Donald Trump")?.Quotes.Count ?? 0,
    "json" => JsonSerializer.Deserialize<ArticleDto[]>(File.ReadAllBytes(args[1]))!.Sum(a => a.Quotes.Length),
    "write-json" => WriteJson(args[1]),
    _ => throw new ArgumentException(args[0]),
};
clock.Stop();
Console.WriteLine($"{answer} {clock.Elapsed.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)}");

static int WriteJson(string path)
{
    var articles = Articles.All.Select(a => new ArticleDto(
        a.FileName, a.Text, a.Paragraphs.ToArray(),
        a.Quotes.Select(q => new QuoteDto(q.Text, q.Speaker?.Name, q.Verb, q.Span.Start, q.Span.Length, q.Span.Line, q.Span.Column)).ToArray(),
        a.Actors.Select(x => new ActorDto(x.Name, x.Kind.ToString(), x.Role, x.Aliases.ToArray())).ToArray())).ToArray();
    File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(articles));
    return articles.Length;
}

public sealed record ArticleDto(string FileName, string Text, string[] Paragraphs, QuoteDto[] Quotes, ActorDto[] Actors);
public sealed record QuoteDto(string Text, string? Speaker, string? Verb, int Start, int Length, int Line, int Column);
public sealed record ActorDto(string Name, string Kind, string? Role, string[] Aliases);
CS
newsroom_articles "$dir/Articles" "$n"
(cd "$dir" && dotnet build -c Release -nologo -v q -o out >/dev/null 2>&1) || { echo "build failed: cd $dir && dotnet build -c Release" >&2; exit 1; }
app="$dir/out/Runtime.dll"
json="$dir/articles.json"
dotnet "$app" write-json "$json" >/dev/null
dotnet "$app" all >/dev/null   # the first process after a build also warms the disk cache

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%s articles (%s KB of article files, JSON file %s KB), median of %s fresh processes each\n\n' \
  "$n" "$(du -sk "$dir/Articles" | cut -f1)" "$(( $(stat -c %s "$json") / 1024 ))" "$runs"
printf '| first access | answer | in the app (ms) | whole process (ms) |\n|---|---|---|---|\n'
for mode in all one actor json; do
  inner=(); outer=(); answer=""
  for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    arg=$json
    [ "$mode" = one ] && arg=$(printf '%05d.txt' $((n / 2)))
    out=$(dotnet "$app" $mode "$arg")
    end=$(date +%s%N)
    answer=${out% *}
    inner+=("${out#* }")
    outer+=("$(( (end - start) / 1000000 ))")
  done
  label=$(case $mode in
    all) echo 'Articles.All, every article and its quotes' ;;
    one) echo 'one article and its quotes (Articles.ByFileName)' ;;
    actor) echo "one actor's quotes (Actors.Find)" ;;
    json) echo 'the same data from JSON (System.Text.Json)' ;;
  esac)
  printf '| %s | %s | %s | %s |\n' "$label" "$answer" "$(printf '%s\n' "${inner[@]}" | median)" "$(printf '%s\n' "${outer[@]}" | median)"
done
