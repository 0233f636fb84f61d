using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// The MSBuild options of the package (build/Newsroom.props and .targets): NewsroomNamespace, NewsroomVisibility,
/// NewsroomQuoteMembers, NewsroomIndirectQuotes, and
/// the per-file MemberName and Headline of a NewsroomArticle item, as the compiler hands them to the generator.
/// </summary>
public class OptionsTests
{
    private const string Council = """
        Council votes on harbour budget

        “We will not wait another winter for the repairs,” said Ana Ruiz, the mayor of Eastport.
        """;

    private static GeneratorRun Run(string consumer, IReadOnlyDictionary<string, string> global, params (string Key, string Value)[] fileOptions)
    {
        var article = new InMemoryAdditionalText("/consumer/Articles/council.txt", Council);
        var options = GeneratorHarness.ArticleOptions(new[] { article }, global);
        foreach (var (key, value) in fileOptions) options = options.WithFileOption(article.Path, key, value);
        return GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(consumer), new[] { article }, options);
    }

    private static string[] Errors(GeneratorRun run) =>
        run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();

    [Fact]
    public void NewsroomNamespace_and_internal_visibility_move_and_hide_every_generated_type()
    {
        const string consumer = """
            public static class Probe
            {
                public static string Run() =>
                    Acme.News.Articles.CouncilVotesOnHarbourBudget.Quotes[0].Speaker!.Name + "|" + Acme.News.Quotes.AnaRuiz.WeWillNotWaitAnother.Verb
                    + "|" + typeof(Acme.News.Article).IsPublic + "|" + typeof(Acme.News.Actors).IsPublic;
            }
            """;
        var run = Run(consumer, new Dictionary<string, string>
        {
            ["build_property.NewsroomNamespace"] = "Acme.News",
            ["build_property.NewsroomVisibility"] = "internal",
        });

        Assert.Empty(run.Exceptions);
        Assert.Empty(Errors(run));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id == "NWS009"));
        Assert.All(run.GeneratedSources, s => Assert.DoesNotContain("namespace Newsroom\n", s.SourceText.ToString().Replace("\r\n", "\n")));
        Assert.Equal("Ana Ruiz|said|False|False", CompilationTests.Execute(run.OutputCompilation));
        // No public type is left: the consumer's public API does not grow.
        var types = run.OutputCompilation.Assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Acme").GetNamespaceMembers().Single().GetTypeMembers();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.NotEqual(Accessibility.Public, t.DeclaredAccessibility));
    }

    [Fact]
    public void Without_quote_members_the_quotes_are_still_reached_through_the_articles_and_Quotes_All()
    {
        const string consumer = """
            public static class Probe
            {
                public static string Run() =>
                    Newsroom.Articles.CouncilVotesOnHarbourBudget.Quotes[0].Speaker!.Name + "|" + Newsroom.Quotes.All.Count
                    + "|" + (typeof(Newsroom.Quotes).GetNestedTypes().Length);
            }
            """;
        var run = Run(consumer, new Dictionary<string, string> { ["build_property.NewsroomQuoteMembers"] = "False" });

        Assert.Empty(run.Exceptions);
        Assert.Empty(Errors(run));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id == "NWS009"));
        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName.StartsWith("Newsroom.Quotes.", StringComparison.Ordinal));
        Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains("class AnaRuiz", StringComparison.Ordinal));
        Assert.Equal("Ana Ruiz|1|0", CompilationTests.Execute(run.OutputCompilation));

        // And by default each quote has its member in its speaker's class.
        var members = Run(consumer, new Dictionary<string, string>());
        Assert.Contains("public static global::Newsroom.Quote WeWillNotWaitAnother => __Table[0];",
            members.GetSource("Newsroom.Quotes.A.g.cs"), StringComparison.Ordinal);
        Assert.Equal("Ana Ruiz|1|1", CompilationTests.Execute(members.OutputCompilation));
    }

    [Fact]
    public void NewsroomIndirectQuotes_false_leaves_reported_speech_out_and_keeps_the_marked_quotes()
    {
        const string article = """
            Council votes on harbour budget

            “We will not wait another winter for the repairs,” said Ana Ruiz, the mayor of Eastport.

            Ruiz said the dredging would start in June.
            """;
        const string consumer = """
            using System.Linq;
            public static class Probe
            {
                public static string Run() =>
                    string.Join(";", Newsroom.Articles.CouncilVotesOnHarbourBudget.Quotes.Select(q => q.Kind + ":" + q.Speaker?.Name + ":" + q.Text))
                    + "|" + Newsroom.Quotes.All.Count + "|" + Newsroom.Actors.AnaRuiz.Quotes.Count;
            }
            """;
        GeneratorRun RunWith(Dictionary<string, string> global)
        {
            var text = new InMemoryAdditionalText("/consumer/Articles/council.txt", article);
            return GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(consumer), new[] { text }, GeneratorHarness.ArticleOptions(new[] { text }, global));
        }

        var on = RunWith(new Dictionary<string, string>());
        Assert.Empty(Errors(on));
        Assert.Equal("Direct:Ana Ruiz:We will not wait another winter for the repairs,;Indirect:Ana Ruiz:the dredging would start in June|2|2",
            CompilationTests.Execute(on.OutputCompilation));
        // The actor's hover counts them apart; the indirect quote has no member.
        Assert.Contains("Person: 1 quote and 1 indirect quote in 1 article", on.GetSource("Newsroom.Actors.A.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("TheDredgingWould", on.GetSource("Newsroom.Quotes.A.g.cs"), StringComparison.Ordinal);

        var off = RunWith(new Dictionary<string, string> { ["build_property.NewsroomIndirectQuotes"] = "false" });
        Assert.Empty(Errors(off));
        Assert.Empty(off.GeneratorDiagnostics.Where(d => d.Id == "NWS009"));
        Assert.Equal("Direct:Ana Ruiz:We will not wait another winter for the repairs,|1|1", CompilationTests.Execute(off.OutputCompilation));
        Assert.Contains("Person: 1 quote in 1 article", off.GetSource("Newsroom.Actors.A.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewsroomQuoteMembers", "no", "true or false", "true")]
    [InlineData("NewsroomIndirectQuotes", "off", "true or false", "true")]
    [InlineData("NewsroomNamespace", "Acme News", "a C# namespace (names joined by dots, such as Acme.News)", "Newsroom")]
    [InlineData("NewsroomNamespace", "Acme..News", "a C# namespace (names joined by dots, such as Acme.News)", "Newsroom")]
    [InlineData("NewsroomNamespace", "class", "a C# namespace (names joined by dots, such as Acme.News)", "Newsroom")]
    [InlineData("NewsroomVisibility", "private", "public or internal", "public")]
    [InlineData("NewsroomStringDataLimit", "-1", "a whole number of articles from 0 to 2,500", "2,000")]
    [InlineData("NewsroomStringDataLimit", "many", "a whole number of articles from 0 to 2,500", "2,000")]
    [InlineData("NewsroomStringDataLimit", "2501", "a whole number of articles from 0 to 2,500", "2,000")]
    public void An_unusable_setting_gives_NWS009_and_the_default(string property, string value, string expected, string fallback)
    {
        const string consumer = "public static class Probe { public static string Run() => Newsroom.Articles.CouncilVotesOnHarbourBudget.FileName + typeof(Newsroom.Article).IsPublic; }";
        var run = Run(consumer, new Dictionary<string, string> { ["build_property." + property] = value });

        Assert.Empty(run.Exceptions);
        Assert.Empty(Errors(run));
        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "NWS009");
        Assert.Equal($"The MSBuild property {property} is '{value}', which is not {expected}; the default {fallback} is used", d.GetMessage());
        Assert.Equal("council.txtTrue", CompilationTests.Execute(run.OutputCompilation));
    }

    // The default limit is used after NWS009: plain string data stays on (here, one short article); at the highest
    // limit too; 0 turns it off.
    [Theory]
    [InlineData("10000", true)]
    [InlineData("2500", true)]
    [InlineData("0", false)]
    public void NewsroomStringDataLimit_falls_back_to_its_default_when_unusable(string value, bool plain)
    {
        const string consumer = "public static class Probe { public static string Run() => Newsroom.Articles.CouncilVotesOnHarbourBudget.Quotes[0].Speaker?.Name ?? \"none\"; }";
        var run = Run(consumer, new Dictionary<string, string> { ["build_property.NewsroomStringDataLimit"] = value });

        Assert.Empty(Errors(run));
        Assert.Equal(plain, run.ArticleCode("CouncilVotesOnHarbourBudget").Contains("Article.__GetString(ref ", StringComparison.Ordinal));
        Assert.Equal("Ana Ruiz", CompilationTests.Execute(run.OutputCompilation));
    }

    [Fact]
    public void MemberName_and_Headline_metadata_override_what_the_article_would_give()
    {
        const string consumer = """
            public static class Probe
            {
                public static string Run() => Newsroom.Articles.HarbourVote.MemberName + "|" + Newsroom.Articles.HarbourVote.Headline;
            }
            """;
        var run = Run(consumer, new Dictionary<string, string>(),
            ("build_metadata.AdditionalFiles.NewsroomMemberName", "HarbourVote"),
            ("build_metadata.AdditionalFiles.NewsroomHeadline", "Eastport approves the harbour budget"));

        Assert.Empty(run.Exceptions);
        Assert.Empty(Errors(run));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id == "NWS007"));
        Assert.Equal("HarbourVote|Eastport approves the harbour budget", CompilationTests.Execute(run.OutputCompilation));
        Assert.Contains("/// Eastport approves the harbour budget", run.ArticleCode("HarbourVote"));   // the hover shows the given headline
    }

    [Fact]
    public void A_MemberName_that_is_not_a_CSharp_name_is_made_legal_and_NWS007_says_so()
    {
        const string consumer = "public static class Probe { public static string Run() => Newsroom.Articles._2024HarbourVote.MemberName; }";
        var run = Run(consumer, new Dictionary<string, string>(), ("build_metadata.AdditionalFiles.NewsroomMemberName", "2024 harbour vote"));

        Assert.Empty(run.Exceptions);
        Assert.Empty(Errors(run));
        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "NWS007");
        Assert.Contains("the MemberName '2024 harbour vote' is not a C# name as it is", d.GetMessage());
        Assert.Equal("_2024HarbourVote", CompilationTests.Execute(run.OutputCompilation));
    }
}
