using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// Who speaks, across the project: <c>Quote.Source</c> (the words naming the source, named or not), organizations as
/// speakers, one actor per person whatever name an article gives them (a last name alone, another spelling), and an
/// actor's role as each article gives it (<c>Article.RoleOf</c>) next to the most common one (<c>Actor.Role</c>).
/// Compiled and run as a consumer would; where the extraction does not give what is checked (the sources' words, a
/// role), the test sets it in the model (<see cref="ArticleExtraction.ModelEdits"/>), so that only the generator is
/// under test.
/// </summary>
public class SpeakersAcrossArticlesTests
{
    private const string Root = "/speakers/Articles/";

    // a: the full name, with an unnamed source; b: the last name alone; c and d: two spellings; e: an organization speaks.
    private static readonly (string Path, string Text)[] Five =
    {
        (Root + "a.txt", "Trade talks resume\n\nPresident Donald Trump said on Monday that the talks with Canada would resume.\n\n\"We will make a great deal,\" Donald Trump said.\n\n\"The talks are going well,\" a White House spokesperson said.\n"),
        (Root + "b.txt", "Deal signed in Ottawa\n\nTrump, then the candidate, spoke to reporters on Tuesday.\n\n\"It is the best deal ever signed,\" Trump said.\n"),
        (Root + "c.txt", "Kyiv asks for help\n\nUkrainian President Volodymyr Zelensky spoke in Kyiv on Friday.\n\n\"We need air defence now,\" Volodymyr Zelensky said.\n\nVolodymyr Zelensky thanked the allies.\n"),
        (Root + "d.txt", "Zelenskyy visits Berlin\n\nVolodymyr Zelenskyy, the president of Ukraine, arrived in Berlin on Monday.\n\n\"Europe stands with us,\" Volodymyr Zelenskyy said.\n"),
        (Root + "e.txt", "Outbreak declared over\n\n\"The outbreak is over and the clinics will reopen,\" the World Health Organization said in a statement.\n"),
    };

    /// <summary>What the extraction of each article is set to say beyond what it finds: the sources' words and the roles.</summary>
    private static ArticleModel Edit(string path, ArticleModel m)
    {
        var quotes = m.Quotes.Select(q => q with
        {
            Source = m.Slice(q.Span).StartsWith("The talks", StringComparison.Ordinal) ? "a White House spokesperson"
                : q.Speaker == "Trump" ? "Trump"
                : q.Speaker == "World Health Organization" ? "the World Health Organization"
                : q.Speaker is { } s ? s + ", the <b>leader</b> & \"chief\"\n*/ end" // what an article may put in a source: escaped wherever it lands
                : null,
            // The unnamed source is no named actor, whatever the extraction makes of it.
            Speaker = m.Slice(q.Span).StartsWith("The talks", StringComparison.Ordinal) ? null : q.Speaker,
        }).ToEquatableArray();
        var actors = m.Actors.Select(a => a.Kind != ActorKind.Person ? a
            : path.EndsWith("b.txt", StringComparison.Ordinal) ? a with { Role = "then Speaker of the House" }
            : path.EndsWith("a.txt", StringComparison.Ordinal) ? a with { Role = "President" }
            : a).ToEquatableArray();
        return m with { Quotes = quotes, Actors = actors };
    }

    private const string Probe = """
        using System.Linq;
        using System.Text;
        using Newsroom;

        public static class Probe
        {
            public static string Run()
            {
                var sb = new StringBuilder();
                void Line(string name, object? value) => sb.Append(name).Append('=').Append(value).Append('\n');

                Line("people", string.Join("|", Actors.OfKind(ActorKind.Person).Select(a => a.Name)));
                var trump = Actors.DonaldTrump;
                Line("trump", trump);
                Line("trump.quotes", string.Join("|", trump.Quotes.Select(q => q.Article.FileName + ":" + q.Kind)));
                Line("trump.articles", string.Join("|", trump.Articles.Select(a => a.FileName)));
                Line("trump.find", ReferenceEquals(Actors.Find("Trump"), trump));
                var b = Articles.ByFileName("b.txt")!;
                Line("b.speaker", ReferenceEquals(b.Quotes[0].Speaker, trump));
                Line("b.actors", string.Join("|", b.Actors.Select(a => a.Name)));
                Line("b.member", ReferenceEquals(Quotes.DonaldTrump.ItIsTheBestDeal, b.Quotes[0]));
                Line("roles", Articles.ByFileName("a.txt")!.RoleOf(trump) + "|" + b.RoleOf(trump) + "|" + (Articles.ByFileName("e.txt")!.RoleOf(trump) ?? "null"));

                var zelensky = Actors.VolodymyrZelensky;
                Line("zelensky", zelensky);
                Line("zelensky.quotes", string.Join("|", zelensky.Quotes.Select(q => q.Article.FileName)));
                Line("zelensky.roles", Articles.ByFileName("c.txt")!.RoleOf(zelensky) + "|" + Articles.ByFileName("d.txt")!.RoleOf(zelensky));

                var who = Actors.WorldHealthOrganization;
                var said = Quotes.WorldHealthOrganization.TheOutbreakIsOverAnd;
                Line("org", $"{who.Kind} {who.Quotes.Count} {ReferenceEquals(said.Speaker, who)} {said.Source}");

                var unnamed = Articles.ByFileName("a.txt")!.Quotes.Single(q => q.Text.StartsWith("The talks"));
                Line("unnamed", $"{unnamed.Speaker is null} {unnamed.Source}");
                Line("unnamed.member", ReferenceEquals(Quotes.Unattributed.TheTalksAreGoingWell, unnamed));
                Line("tostring.unnamed", unnamed);
                Line("tostring.b", b.Quotes[0]);
                Line("source.escaped", Articles.ByFileName("c.txt")!.Quotes[0].Source!.Replace("\n", "\\n"));
                var corrected = unnamed with { Source = "a spokeswoman" };
                Line("with", $"{corrected.Source} {unnamed.Source} {corrected == unnamed}");
                return sb.ToString();
            }
        }
        """;

    private static GeneratorRun Generate((string Path, string Text)[] articles, string? probe = Probe)
    {
        var (texts, options) = GeneratorHarness.Articles(articles);
        var run = GeneratorHarness.RunGenerator(probe is null ? GeneratorHarness.CreateCompilation() : GeneratorHarness.CreateCompilation(probe), texts, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id.StartsWith("CS", StringComparison.Ordinal)));
        return run;
    }

    /// <summary>Runs <paramref name="body"/> with <see cref="Edit"/> applied to the articles under <see cref="Root"/>.</summary>
    private static T WithEdits<T>(Func<T> body)
    {
        var edits = ArticleExtraction.ModelEdits ?? Interlocked.CompareExchange(ref ArticleExtraction.ModelEdits, new ConcurrentDictionary<string, Func<ArticleModel, ArticleModel>>(), null)
            ?? ArticleExtraction.ModelEdits!;
        foreach (var (path, _) in Five) edits[path] = m => Edit(path, m);
        try
        {
            return body();
        }
        finally
        {
            foreach (var (path, _) in Five) edits.TryRemove(path, out _);
        }
    }

    [Fact]
    public void Quote_source_org_speakers_joined_people_and_roles_work_end_to_end()
    {
        var lines = WithEdits(() => CompilationTests.Execute(Generate(Five).OutputCompilation)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // One actor for Donald Trump and "Trump"; one for both spellings of Zelensky, by the spelling named most (3 to 2).
        Assert.Contains("people=Donald Trump|Volodymyr Zelensky", lines);
        Assert.Contains("trump=Actor { Name = Donald Trump, Kind = Person, Role = President, Aliases = [Trump], Mentions = 4 }", lines);
        Assert.Contains("trump.quotes=a.txt:Indirect|a.txt:Direct|b.txt:Direct", lines);
        Assert.Contains("trump.articles=a.txt|b.txt", lines);
        Assert.Contains("trump.find=True", lines);
        Assert.Contains("b.speaker=True", lines);
        Assert.Contains("b.actors=Donald Trump", lines);
        Assert.Contains("b.member=True", lines);
        // The role as each article gives it; Actor.Role the most common (a tie here: the first article in path order).
        Assert.Contains("roles=President|then Speaker of the House|null", lines);
        Assert.Contains("zelensky=Actor { Name = Volodymyr Zelensky, Kind = Person, Role = Ukrainian President, Aliases = [Volodymyr Zelenskyy], Mentions = 5 }", lines);
        Assert.Contains("zelensky.quotes=c.txt|d.txt", lines);
        Assert.Contains("zelensky.roles=Ukrainian President|president of Ukraine", lines);

        // An organization speaks: its class under Quotes, its quotes, the same actor.
        Assert.Contains("org=Organization 1 True the World Health Organization", lines);

        // An unnamed source: no speaker, its words as the article gives them, under Quotes.Unattributed.
        Assert.Contains("unnamed=True a White House spokesperson", lines);
        Assert.Contains("unnamed.member=True", lines);
        Assert.Contains("tostring.unnamed=Quote { Kind = Direct, Text = “The talks are going well,”, Speaker = , Source = a White House spokesperson, Verb = said, Line = 7, Article = a.txt }", lines);
        Assert.Contains("tostring.b=Quote { Kind = Direct, Text = “It is the best deal ever signed,”, Speaker = Donald Trump, Source = Trump, Verb = said, Line = 5, Article = b.txt }", lines);
        // The source's words come back as they were, whatever they hold.
        Assert.Contains("source.escaped=Volodymyr Zelensky, the <b>leader</b> & \"chief\"\\n*/ end", lines);
        Assert.Contains("with=a spokeswoman a White House spokesperson True", lines);
    }

    [Fact]
    public void One_class_per_joined_speaker_with_hovers_and_comments_that_name_the_joined_actor_and_the_source()
    {
        var run = WithEdits(() => Generate(Five, probe: null));

        var sources = run.GeneratedSources.Select(s => s.HintName).ToArray();
        var quotesD = run.GetSource("Newsroom.Quotes.D.g.cs");
        Assert.Contains("public static partial class DonaldTrump", quotesD, StringComparison.Ordinal);
        Assert.DoesNotContain(sources.Where(h => h.StartsWith("Newsroom.Quotes.", StringComparison.Ordinal)).Select(run.GetSource),
            s => s.Contains("class Trump", StringComparison.Ordinal) || s.Contains("class VolodymyrZelenskyy", StringComparison.Ordinal));
        // The hover of b's quote names the actor across articles; the source's words when they say more than a name.
        Assert.Contains("/// <para>— Donald Trump (said). Direct quote, b.txt line 5.</para>", quotesD, StringComparison.Ordinal);
        Assert.Contains("/// <para>— a White House spokesperson (said), no named speaker. Direct quote, a.txt line 7.</para>", run.GetSource("Newsroom.Quotes.U.g.cs"), StringComparison.Ordinal);
        var quotesV = run.GetSource("Newsroom.Quotes.V.g.cs");
        Assert.Contains("public static partial class VolodymyrZelensky", quotesV, StringComparison.Ordinal);
        // Everything from the text is escaped where it lands: XML in a hover, one line in a comment.
        Assert.Contains("— Volodymyr Zelensky (said), as “Volodymyr Zelensky, the &lt;b&gt;leader&lt;/b&gt; &amp; \"chief\" */ end”. Direct quote, c.txt line 5.", quotesV, StringComparison.Ordinal);

        // An organization's class and hover; "the World Health Organization" is its name, not worth repeating.
        var quotesW = run.GetSource("Newsroom.Quotes.W.g.cs");
        Assert.Contains("What World Health Organization is quoted saying: 1 quote.", quotesW, StringComparison.Ordinal);
        Assert.Contains("/// <para>— World Health Organization (said). Direct quote, e.txt line 3.</para>", quotesW, StringComparison.Ordinal);

        var b = run.GetSource(run.ArticleFileOf("DealSignedInOttawa"));
        Assert.Contains("//   person        Trump → Donald Trump — then Speaker of the House", b, StringComparison.Ordinal);
        Assert.Contains("//   5:2      direct    Trump said: “It is the best deal ever signed,”", b, StringComparison.Ordinal);
        var a = run.GetSource(run.ArticleFileOf("TradeTalksResume"));
        Assert.Contains("//   7:2      direct    - (a White House spokesperson) said: “The talks are going well,”", a, StringComparison.Ordinal);
        var c = run.GetSource(run.ArticleFileOf("KyivAsksForHelp"));
        Assert.Contains("Volodymyr Zelensky (Volodymyr Zelensky, the <b>leader</b> & \"chief\" */ end) said", c, StringComparison.Ordinal);

        // The actor's hover lists the other names.
        Assert.Contains("also called Trump", run.GetSource("Newsroom.Actors.D.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Joined_people_do_not_depend_on_file_order_and_an_edit_that_changes_no_name_re_emits_only_its_article()
    {
        var forward = WithEdits(() => Generate(Five, probe: null));
        var backward = WithEdits(() => Generate(Five.Reverse().ToArray(), probe: null));
        GeneratorHarness.AssertSameSources(forward, backward);

        var (texts, options) = GeneratorHarness.Articles(Five);
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);
        var edited = texts[1].WithText(Five[1].Text.Replace("on Tuesday", "on Tuesday evening"));
        var second = first.Rerun(d => d.ReplaceAdditionalText(texts[1], edited));
        var emits = IncrementalSteps.Outputs(second.Result, TrackingNames.EmitInputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        Assert.Equal(Root + "b.txt", ((ArticleEmit)Assert.Single(emits).Value!).Article.Path);
        Assert.Equal(first.ArticleCode("TradeTalksResume"), second.ArticleCode("TradeTalksResume"));
    }

    [Fact]
    public void A_last_name_alone_joins_only_the_one_person_it_can_be()
    {
        // Two Trumps in the project: "Trump" alone could be either, so it stays an actor of its own.
        var articles = new[]
        {
            ("/two/Articles/a.txt", "Trade talks resume\n\n\"We will make a great deal,\" Donald Trump said on Monday.\n"),
            ("/two/Articles/b.txt", "Garden reopens\n\n\"The garden is open to everyone,\" Melania Trump said on Friday.\n"),
            ("/two/Articles/c.txt", "Deal signed\n\n\"It is the best deal ever signed,\" Trump said.\n"),
        };
        var run = Generate(articles, probe: null);
        var actors = run.GetSource("Newsroom.Actors.D.g.cs") + run.GetSource("Newsroom.Actors.M.g.cs") + run.GetSource("Newsroom.Actors.T.g.cs");
        foreach (var member in new[] { "DonaldTrump", "MelaniaTrump", "Trump" }) Assert.Contains(" " + member + " => __Member(", actors, StringComparison.Ordinal);
        Assert.Contains("public static partial class Trump", run.GetSource("Newsroom.Quotes.T.g.cs"), StringComparison.Ordinal);
    }

    private static People.Name Person(string name, int mentions = 1, params int[] articles) =>
        new(name, articles.Length == 0 ? new[] { 0 } : articles, mentions, Array.Empty<string>());

    private static Dictionary<string, string> Join(params People.Name[] people) => People.Join(people, CancellationToken.None);

    [Fact]
    public void Spellings_never_join_through_a_middle_spelling_two_names_one_article_keeps_apart()
    {
        // Article 1 names John Pitersen and John Peterson side by side; article 2 names John Petersen, one vowel from each.
        var joined = Join(Person("John Pitersen", 1, 1), Person("John Peterson", 1, 1), Person("John Petersen", 1, 2));
        var pitersen = joined.TryGetValue("John Pitersen", out var a) ? a : "John Pitersen";
        var peterson = joined.TryGetValue("John Peterson", out var b) ? b : "John Peterson";
        Assert.NotEqual(pitersen, peterson);
    }

    [Theory]
    [InlineData("Zelensky", "Zelenskyy", true)]     // a letter doubled
    [InlineData("Zelenskiy", "Zelenskyy", true)]    // a vowel for another
    [InlineData("Zelenskiy", "Zelensky", true)]     // a vowel dropped
    [InlineData("Gaddafii", "Gaddafi", true)]
    [InlineData("Johnson", "Johnston", false)]      // a consonant added: another name
    [InlineData("Thomson", "Thompson", false)]
    [InlineData("Peterson", "Petersen", true)]      // a vowel written as another (long enough)
    [InlineData("Hansen", "Hanson", false)]         // too short to be safe
    [InlineData("Smith", "Smyth", false)]
    [InlineData("Gaddafi", "Qaddafi", false)]       // the first letter differs
    [InlineData("Zelensky", "Zelensky", false)]
    [InlineData("Zelensky", "ZELENSKY", false)]
    [InlineData("Zelensky", "Zelenskyyy", false)]   // two edits
    [InlineData("Karlsson", "Karlssen", true)]
    [InlineData("Karlsson", "Karlsxon", false)]     // a consonant changed
    public void Spelling_variants_are_one_edit_of_the_kinds_transliterations_make(string a, string b, bool expected)
    {
        Assert.Equal(expected, People.Spellings(a, b));
        Assert.Equal(expected, People.Spellings(b, a));
    }

    [Theory]
    [InlineData("Trump", true)]
    [InlineData("O’Brien", true)]
    [InlineData("O'Neill", true)]
    [InlineData("Ocasio-Cortez", true)]
    [InlineData("Erdoğan", true)]
    [InlineData("I’ve", false)]
    [InlineData("We're", false)]
    [InlineData("Trump’s", false)]
    [InlineData("I", false)]
    [InlineData("trump", false)]
    [InlineData("Jr.", false)]
    [InlineData("G20", false)]
    public void Only_words_that_can_be_names_are_joined(string word, bool expected) => Assert.Equal(expected, People.IsNameWord(word));

    [Fact]
    public void Join_takes_a_last_name_alone_to_the_one_full_name_and_spelling_variants_to_the_name_named_most()
    {
        var joined = Join(Person("Donald Trump", 3, 0), Person("Trump", 2, 1), Person("Volodymyr Zelenskyy", 1, 2), Person("Volodymyr Zelensky", 4, 3), Person("Zelensky", 1, 4));
        Assert.Equal("Donald Trump", joined["Trump"]);
        Assert.Equal("Donald Trump", joined["Donald Trump"]);
        Assert.Equal("Volodymyr Zelensky", joined["Volodymyr Zelenskyy"]);
        // A last name alone joins the person whatever spelling it matches, once the spellings are one person.
        Assert.Equal("Volodymyr Zelensky", joined["Zelensky"]);
        Assert.Equal(5, joined.Count);

        // A tie in mentions: the first full name in ordinal order.
        Assert.Equal("Volodymyr Zelenskiy", Join(Person("Volodymyr Zelenskyy", 2, 0), Person("Volodymyr Zelenskiy", 2, 1))["Volodymyr Zelenskyy"]);
    }

    [Fact]
    public void Join_never_takes_two_people_for_one()
    {
        // Two full names with that last name (a suffix is not a last name): "Trump" stays alone.
        Assert.False(Join(Person("Donald Trump", 1, 0), Person("Melania Trump", 1, 1), Person("Trump", 1, 2)).ContainsKey("Trump"));
        Assert.False(Join(Person("Donald Trump", 1, 0), Person("Donald Trump Jr.", 1, 1), Person("Trump", 1, 2)).ContainsKey("Trump"));
        Assert.Empty(Join(Person("Donald Trump", 1, 0), Person("Donald Trump Jr.", 1, 1)));
        // Another first name, or another name altogether.
        Assert.Empty(Join(Person("Oleksandr Zelensky", 1, 0), Person("Volodymyr Zelenskyy", 1, 1)));
        Assert.Empty(Join(Person("Mark Johnson", 1, 0), Person("Mark Johnston", 1, 1)));
        // One article names both: its extraction kept them apart.
        Assert.Empty(Join(Person("Volodymyr Zelensky", 1, 0, 1), Person("Volodymyr Zelenskyy", 1, 1)));
        Assert.Empty(Join(Person("Donald Trump", 1, 0, 2), Person("Trump", 1, 2)));
        // No full name to join: nothing.
        Assert.Empty(Join(Person("Trump", 1, 0), Person("Biden", 1, 1)));
        // A title or role alone is not a last name; words that cannot be names (a contraction) take no part.
        Assert.Empty(Join(Person("Jim Justice", 1, 0), Person("Justice", 1, 1)));
        Assert.Empty(Join(Person("Vice President", 1, 0), Person("President", 1, 1)));
        Assert.Empty(Join(Person("Jim Eastland I’ve", 1, 0), Person("I’ve", 1, 1)));
        Assert.Empty(Join(Person("I’m Nancy", 1, 0), Person("Nancy", 1, 1)));
    }

    [Fact]
    public void Join_uses_the_aliases_articles_give_and_does_not_depend_on_order()
    {
        // A last name that is also a month (a word the extraction otherwise never takes for a name) still joins.
        Assert.Equal("Theresa May", Join(Person("Theresa May", 2, 0), Person("May", 1, 1))["May"]);

        var xi = new People.Name("Xi Jinping", new[] { 0 }, 3, new[] { "Xi" });
        Assert.Equal("Xi Jinping", Join(xi, Person("Xi", 1, 1))["Xi"]);

        var people = new[]
        {
            Person("Donald Trump", 3, 0), Person("Trump", 2, 1), Person("Volodymyr Zelenskyy", 1, 2), Person("Volodymyr Zelensky", 4, 3),
            Person("Melania Trump", 1, 5), Person("Anna Karlsson", 1, 6), Person("Anna Karlssen", 1, 7), Person("Karlsson", 1, 8),
        };
        var expected = People.Join(people, CancellationToken.None).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var random = new Random(16);
        for (var i = 0; i < 20; i++)
        {
            var shuffled = people.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, People.Join(shuffled, CancellationToken.None).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
        }
        Assert.DoesNotContain(expected, p => p.Key == "Trump");
        Assert.Contains(new KeyValuePair<string, string>("Karlsson", "Anna Karlssen"), expected);
    }
}
