// A tour of the Newsroom API: everything below is generated at build time from the .txt files in Articles/.
using System;
using System.Collections.Generic;
using System.Linq;
using Newsroom;

// 1. Every article, in a stable order, with its headline (or lede), quotes and actors.
foreach (var article in Articles.All)
{
    Console.WriteLine(new string('═', 100));
    Console.WriteLine(article.Headline ?? Shorten(article.Lede, 100));
    var indirect = article.Quotes.Count(q => q.Kind == QuoteKind.Indirect);
    Console.WriteLine($"  {article.FileName} · {article.Paragraphs.Count} paragraphs · {article.Quotes.Count - indirect} quotes · {indirect} indirect"
        + (article.Dateline is null ? "" : $" · {article.Dateline}")
        + (article.Credits.Count == 0 ? "" : $" · with {string.Join(", ", article.Credits)}"));
    Console.WriteLine();

    foreach (var quote in article.Quotes)
    {
        // The named speaker (a person or an organization), else the words that name an unnamed source ("officials").
        var who = quote.Speaker?.Name ?? (quote.Source is null ? "(unattributed)" : $"({quote.Source})");
        var verb = quote.Verb is null ? "" : $" {quote.Verb}";
        var to = quote.Addressee is null ? "" : $" {quote.Addressee.Name}";
        Console.WriteLine($"  {who}{verb}{to} [{quote.Kind}, line {quote.Span.Line}]:");
        // An indirect quote is reported speech in the writer's words: shown without quotation marks.
        Console.WriteLine(quote.Kind == QuoteKind.Indirect ? $"      ‹{Shorten(quote.Text, 90)}›" : $"      “{Shorten(quote.Text, 90)}”");
    }

    var people = article.Actors.Where(a => a.Kind == ActorKind.Person).ToList();
    if (people.Count > 0)
    {
        Console.WriteLine();
        // The role as this article gives it (Actor.Role is the one most articles give).
        Console.WriteLine("  People: " + string.Join("; ", people.Select(p => article.RoleOf(p) is { } role ? $"{p.Name} ({role})" : p.Name)));
    }
    Console.WriteLine();
}

// 2. Named members: IntelliSense shows each one's data when you hover it.
Console.WriteLine(new string('═', 100));
var seed = Articles.ByFileName("000_94ea7bb9e4850890.txt");
Console.WriteLine($"Articles.ByFileName(\"000_94ea7bb9e4850890.txt\") → {seed?.MemberName}");
var blinken = Actors.Find("Blinken");
if (blinken is not null)
{
    Console.WriteLine($"Actors.Find(\"Blinken\") → {blinken} — quoted {blinken.Quotes.Count} times");
}
// A member for each article, each actor and each quote (under Quotes.{Speaker}); hover one to see its words.
var intense = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
Console.WriteLine($"Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy → “{Shorten(intense.Text, 60)}” "
    + $"({intense.Kind}, in {intense.Article.FileName}, the same object as article.Quotes[2]: "
    + $"{ReferenceEquals(intense, Articles.AnthonyBlinkenTheUSSecretaryOfStateArrived.Quotes[2])})");

// 3. Reported speech: what each source is reported to have said, without quotation marks (no member: a paraphrase
//    is not the speaker's words).
Console.WriteLine();
Console.WriteLine("Reported speech (indirect quotes), first of each source");
foreach (var quote in Quotes.All.Where(q => q.Kind == QuoteKind.Indirect && q.Speaker is not null).GroupBy(q => q.Speaker!).Select(g => g.First()).Take(8))
{
    Console.WriteLine($"  {quote.Speaker!.Name} ({quote.Speaker.Kind}) {quote.Verb}: ‹{Shorten(quote.Text, 70)}›");
}

// 4. Across articles: who is quoted where, marked and indirect quotes counted apart.
Console.WriteLine();
Console.WriteLine("Who is quoted where");
foreach (var speaker in Actors.All.Where(a => a.Quotes.Count > 0).OrderByDescending(a => a.Quotes.Count).ThenBy(a => a.Name))
{
    var where = speaker.Quotes.GroupBy(q => q.Article).Select(g => $"{Shorten(g.Key.Headline ?? g.Key.FileName, 40)} ({g.Count()})");
    var reported = speaker.Quotes.Count(q => q.Kind == QuoteKind.Indirect);
    Console.WriteLine($"  {speaker.Name,-28} {speaker.Quotes.Count - reported,3} quotes {reported,3} indirect · {string.Join(" · ", where)}");
}

// 5. Records: ToString shows the data; a quote is its place in its article, whoever it is attributed to, so a
//    corrected attribution (with) is still that quote; deconstruct what you need.
Console.WriteLine();
Console.WriteLine(intense);
var (words, said) = intense;
var corrected = intense with { Speaker = Actors.XiJinping };
Console.WriteLine($"  ({Shorten(words, 30)}, {said?.Name}); with another speaker: {corrected.Speaker?.Name}, still equal: {corrected == intense}, "
    + $"one entry in a set: {new HashSet<Quote> { intense, corrected }.Count}");

static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
