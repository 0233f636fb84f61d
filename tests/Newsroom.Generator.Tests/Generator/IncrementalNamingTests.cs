using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// Naming again after one article is edited (<c>Naming.State.Update</c>, the IDE's loop) gives the names the whole pass
/// gives (<c>Naming.AssignFresh</c>), edit after edit: speakers added and dropped, a surname alone that joins a full
/// name and one that stops joining (a second person of that surname), spelling variants, quotes whose first words
/// collide in one class, unattributed quotes, a role given or not, actors whose C# names collide, new speakers whose
/// last names are spellings of each other (<c>Newnameb</c>, <c>Newnamebb</c>) or of nobody's; and the same over summaries made
/// by hand (two names of one person side by side in one article, duplicate actors, quotes swapped).
/// </summary>
public class IncrementalNamingTests
{
    private static readonly string[] Speakers =
    {
        "Donald Trump", "Donald Trump", "Trump", "Trump", "Trump", "Volodymyr Zelensky", "Zelensky", "Ana Ruiz", "Ana Ruiz",
        "Tom Reyes", "Reyes", "Lena Berg", "Berg", "Dana Quill", "Quill", "Marta O’Brien", "Marta O’Brien", "O’Brien",
    };

    // Rare, so that they come and go as articles are edited: while "Melania Trump" is in the project, "Trump" alone
    // joins nobody; "Volodymyr Zelenskyy" joins "Volodymyr Zelensky" (and not where one article gives both); "Marta
    // OBrien", whose C# name is Marta O’Brien's, takes "MartaOBrien" from her and gives her "MartaOBrien2".
    private static readonly string[] Rare = { "Melania Trump", "Volodymyr Zelenskyy", "Marta OBrien" };

    private static string Someone(Random random) => random.Next(30) == 0 ? Rare[random.Next(Rare.Length)] : Speakers[random.Next(Speakers.Length)];

    private static readonly string[] Openings = { "We will see", "The boats are back", "It is time", "Nobody knew", "We will see it through" };

    private static readonly string[] Roles = { "the harbour master", "a spokeswoman for the Harbour Authority", "the mayor" };

    private static string Article(int id, Random random, int newSpeakers)
    {
        var text = new StringBuilder();
        text.Append("Harbour news number ").Append(id).Append("\n\nSaturday, May 2, 2020\n\n");
        var quotes = random.Next(0, 6);
        for (var k = 0; k < quotes; k++)
        {
            var opening = Openings[random.Next(Openings.Length)];
            var choice = random.Next(10);
            if (choice == 0)
            {
                text.Append("“").Append(opening).Append(" today.”\n\n"); // no speaker
                continue;
            }
            var speaker = choice == 1 && newSpeakers > 0 ? "Sam Newname" + new string('b', 1 + random.Next(newSpeakers)) : Someone(random);
            text.Append("“").Append(opening).Append(", and then some,” said ").Append(speaker);
            if (random.Next(3) == 0) text.Append(", ").Append(Roles[random.Next(Roles.Length)]);
            text.Append(".\n\n");
        }
        if (random.Next(4) == 0) text.Append("The Harbour Authority said the pier would reopen. Officials in Cork agreed.\n\n");
        // People named without a quote of theirs (reported speech): their names across articles reach this article's too.
        if (random.Next(2) == 0) text.Append(Someone(random)).Append(" said the pier would reopen on Friday.\n\n");
        return text.ToString();
    }

    private static ArticleSummary Summary(string path, string text) =>
        Naming.Summarize(ArticleExtraction.Run(new ArticleFile(path, text, ReadStatus.Read, 0, 0), CancellationToken.None));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Naming_again_after_each_edit_gives_what_the_whole_pass_gives(int seed)
    {
        var random = new Random(seed);
        const int count = 30;
        const int Edits = 300;
        var summaries = new ArticleSummary[count];
        var texts = new string[count];
        for (var i = 0; i < count; i++) summaries[i] = Summary($"/p/Articles/{i:D2}.txt", texts[i] = Article(i, random, 0));
        var state = new Naming.State();
        Assert.Equal(Naming.AssignFresh(summaries, CancellationToken.None), state.Build(summaries.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(), CancellationToken.None));

        var incremental = 0;
        var joinsChanged = 0;
        var classesChanged = 0;
        var last = Naming.AssignFresh(summaries, CancellationToken.None);
        for (var edit = 0; edit < Edits; edit++)
        {
            var at = random.Next(count);
            // Half the edits add one quote at the end (the article's other names as they were), half write it anew.
            texts[at] = random.Next(2) == 0
                ? texts[at] + "“" + Openings[random.Next(Openings.Length)] + ", and more,” said " + (random.Next(3) == 0 ? "Sam Newname" + new string('b', 1 + random.Next(5)) : Someone(random)) + ".\n\n"
                : Article(at, random, 1 + edit / 10);
            summaries[at] = Summary(summaries[at].Path, texts[at]);
            var sorted = summaries.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
            var whole = new Naming.State();
            var fresh = whole.Build(summaries.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(), CancellationToken.None);
            var again = state.Update(sorted, CancellationToken.None);
            if (again is null)
            {
                state = new Naming.State();
                again = state.Build(sorted, CancellationToken.None);
            }
            else
            {
                incremental++;
            }
            Assert.Equal(whole.Joined.OrderBy(p => p.Key, StringComparer.Ordinal), state.Joined.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(fresh.Table.Speakers, again.Table.Speakers);
            Assert.Equal(fresh.Table.Actors, again.Table.Actors);
            for (var j = 0; j < count; j++) Assert.Equal(Readable(fresh.Table.Articles[j]), Readable(again.Table.Articles[j]));
            Assert.Equal(fresh, again);
            if (!Joined(fresh).SequenceEqual(Joined(last))) joinsChanged++;
            if (!fresh.Table.Speakers.Select(c => (c.Name, c.Speaker)).SequenceEqual(last.Table.Speakers.Select(c => (c.Name, c.Speaker)))) classesChanged++;
            last = fresh;
        }
        // The edits did reach what makes naming again hard: people joined and unjoined, classes renamed.
        Console.WriteLine($"seed {seed}: joins changed in {joinsChanged} edits, classes in {classesChanged}");
        Assert.True(joinsChanged >= 5, $"joins changed in {joinsChanged} edits");
        Assert.True(classesChanged >= 5, $"classes changed in {classesChanged} edits");
        // Every edit keeps its article's headline, so each one is named again from the last state.
        Assert.Equal(Edits, incremental);
    }

    private static string Readable(ArticleNames a) =>
        $"{a.Path} {a.Member} classes [{string.Join(", ", a.QuoteClasses)}] members [{string.Join(", ", a.QuoteMembers)}] actors [{string.Join(", ", a.ActorNames)}]";

    /// <summary>Each name an article gives that is one person across articles under another name.</summary>
    private static IEnumerable<string> Joined(NamingResult result) =>
        result.Table.Articles.SelectMany(a => a.ActorNames.Where(n => n.Length > 0).Select(n => a.Path + ": " + n));

    [Fact]
    public void An_edit_that_changes_a_headline_or_the_articles_is_named_by_the_whole_pass()
    {
        var a = Summary("/p/Articles/a.txt", "Harbour reopens\n\n“We will see,” said Ana Ruiz.\n");
        var b = Summary("/p/Articles/b.txt", "Harbour closes\n\n“It is time,” said Tom Reyes.\n");
        var state = new Naming.State();
        state.Build(new[] { a, b }, CancellationToken.None);
        Assert.Null(state.Update(new[] { a, Summary(b.Path, "Harbour closes for good\n\n“It is time,” said Tom Reyes.\n") }, CancellationToken.None));

        state = new Naming.State();
        state.Build(new[] { a, b }, CancellationToken.None);
        Assert.Null(state.Update(new[] { a }, CancellationToken.None));
    }

    // Summaries made by hand, without extraction: names, aliases, roles, mentions and quotes that no text would give
    // so easily (two names of one person side by side in one article, a quote named like a member every object has).

    private static readonly string[] PeoplePool =
    {
        "Xi Jinping", "Xi", "Jinping", "Donald Trump", "Melania Trump", "Trump", "Volodymyr Zelensky", "Volodymyr Zelenskyy",
        "Volodymyr Zelenskiy", "Zelensky", "Marta O’Brien", "Marta OBrien", "Ana Ruiz", "Ruiz", "Lena Anderson", "Lena Andersen",
        "Lena Andersson", "Anderson",
    };

    private static readonly string[] OthersPool = { "Trump", "Harbour Authority", "Cork", "Jordan", "Marta OBrien" };
    private static readonly string[] AliasPool = { "Xi", "Jinping", "Donald", "Trump", "Zelensky", "Lena", "Ruiz" };
    private static readonly string[] QuoteNamePool = { "WeWillSee", "ItIsTime", "Quote", "Equals" };

    private static ActorModel Person(string name, int mentions = 1, string? role = null, params string[] aliases) =>
        new(name, ActorKind.Person, role, new EquatableArray<string>(aliases), mentions);

    private static ArticleSummary Summary(string path, ActorModel[] actors, params QuoteSummary[] quotes) =>
        new(path, path.Substring(path.LastIndexOf('/') + 1), null, "Title " + path, TitleSource.Headline, FileSpan.FileStart,
            Identifiers.Pascal("Title " + path, 8, 56), new EquatableArray<QuoteSummary>(quotes), new EquatableArray<ActorModel>(actors),
            new EquatableArray<string>(actors.Select(a => Identifiers.Pascal(a.Name, 8, 64)).ToArray()));

    private static ActorModel AnyActor(Random r)
    {
        var kind = r.Next(5) == 0 ? (ActorKind)(1 + r.Next(2)) : ActorKind.Person;
        var name = kind == ActorKind.Person ? PeoplePool[r.Next(PeoplePool.Length)] : OthersPool[r.Next(OthersPool.Length)];
        var aliases = r.Next(4) == 0 ? new[] { AliasPool[r.Next(AliasPool.Length)] } : Array.Empty<string>();
        return new ActorModel(name, kind, r.Next(3) == 0 ? Roles[r.Next(Roles.Length)] : null, new EquatableArray<string>(aliases), 1 + r.Next(4));
    }

    private static QuoteSummary AnyQuote(Random r, int actors)
    {
        var speaker = actors == 0 || r.Next(6) == 0 ? -1 : r.Next(actors);
        return r.Next(6) == 0 ? new QuoteSummary(speaker, "", Indirect: true) : new QuoteSummary(speaker, QuoteNamePool[r.Next(QuoteNamePool.Length)]);
    }

    private static ArticleSummary AnySummary(string path, Random r)
    {
        var actors = new ActorModel[r.Next(0, 4)];
        for (var i = 0; i < actors.Length; i++) actors[i] = AnyActor(r);
        var quotes = new QuoteSummary[r.Next(0, 5)];
        for (var k = 0; k < quotes.Length; k++) quotes[k] = AnyQuote(r, actors.Length);
        return Summary(path, actors, quotes);
    }

    /// <summary>One edit of an article's summary: written anew, two quotes swapped, an actor's mentions, role or aliases changed, a quote or an actor added, a quote dropped.</summary>
    private static ArticleSummary Edited(ArticleSummary s, Random r)
    {
        var actors = s.Actors.ToList();
        var quotes = s.Quotes.ToList();
        switch (r.Next(6))
        {
            case 0:
                return AnySummary(s.Path, r);
            case 1:
                if (quotes.Count >= 2)
                {
                    int x = r.Next(quotes.Count), y = r.Next(quotes.Count);
                    (quotes[x], quotes[y]) = (quotes[y], quotes[x]);
                }
                break;
            case 2:
                if (actors.Count > 0)
                {
                    var i = r.Next(actors.Count);
                    actors[i] = r.Next(3) switch
                    {
                        0 => actors[i] with { Mentions = 1 + r.Next(6) },
                        1 => actors[i] with { Role = r.Next(2) == 0 ? null : Roles[r.Next(Roles.Length)] },
                        _ => actors[i] with { Aliases = new EquatableArray<string>(r.Next(2) == 0 ? Array.Empty<string>() : new[] { AliasPool[r.Next(AliasPool.Length)] }) },
                    };
                }
                break;
            case 3:
                quotes.Add(AnyQuote(r, actors.Count));
                break;
            case 4:
                actors.Add(AnyActor(r));
                break;
            default:
                if (quotes.Count > 0) quotes.RemoveAt(r.Next(quotes.Count));
                break;
        }
        return Summary(s.Path, actors.ToArray(), quotes.ToArray());
    }

    [Theory]
    [InlineData("WeWillSee", "WeWillSee")]
    [InlineData("WeWillSee", "ItIsTime")]
    public void Two_names_of_one_person_in_one_article_that_swap_their_quotes_swap_their_members(string first, string second)
    {
        var a = Summary("/p/a.txt", new[] { Person("Xi Jinping", 2, null, "Xi") });
        var b = Summary("/p/b.txt", new[] { Person("Xi"), Person("Jinping") }, new QuoteSummary(0, first), new QuoteSummary(1, second));
        var edited = Summary("/p/b.txt", new[] { Person("Xi"), Person("Jinping") }, new QuoteSummary(1, second), new QuoteSummary(0, first));
        var state = new Naming.State();
        state.Build(new[] { a, b }, CancellationToken.None);

        var again = state.Update(new[] { a, edited }, CancellationToken.None);

        Assert.NotNull(again);
        Assert.Equal(Naming.AssignFresh(new[] { a, edited }, CancellationToken.None), again);
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 25)]
    [InlineData(4, 3)]
    public void Naming_again_after_each_edit_of_a_summary_gives_what_the_whole_pass_gives(int seed, int count)
    {
        for (var run = 0; run < 20; run++)
        {
            var r = new Random(seed * 1000 + run);
            var summaries = new ArticleSummary[count];
            for (var i = 0; i < count; i++) summaries[i] = AnySummary($"/p/{i:D2}.txt", r);
            var state = new Naming.State();
            state.Build(summaries.ToArray(), CancellationToken.None);
            for (var edit = 0; edit < 100; edit++)
            {
                var at = r.Next(count);
                summaries[at] = Edited(summaries[at], r);
                var fresh = Naming.AssignFresh(summaries, CancellationToken.None);
                var again = state.Update(summaries.ToArray(), CancellationToken.None);
                Assert.NotNull(again); // every edit keeps the title: named again from the last state
                Assert.Equal(fresh, again);
            }
        }
    }
}
