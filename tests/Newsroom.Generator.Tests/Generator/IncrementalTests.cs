using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>The pipeline caches: edits elsewhere cost nothing, and editing one article re-extracts that article only.</summary>
public class IncrementalTests
{
    private static readonly (string Path, string Text)[] ThreeArticles =
    {
        ("/p/Articles/a.txt", "Mayor opens bridge\n\nMayor Jane Okafor opened the bridge on Monday. “It is a great day for the city,” she said.\n"),
        ("/p/Articles/b.txt", "Storm closes schools\n\nThe storm closed every school. “Stay home,” said Tom Reyes, the county emergency manager.\n"),
        ("/p/Articles/c.txt", "Team wins final\n\nCoach Ana Lima said the team “played without fear.”\n"),
    };

    /// <summary>
    /// The three articles, with their texts in the generated code or (<paramref name="embedded"/>) read from the files
    /// the package's targets embed, as every package consumer has them (<c>NewsroomResource</c> metadata).
    /// </summary>
    private static (InMemoryAdditionalText[] Texts, TestAnalyzerConfigOptionsProvider Options) Inputs(bool embedded)
    {
        var (texts, options) = GeneratorHarness.Articles(ThreeArticles);
        return (texts, embedded ? texts.Aggregate(options, Embed) : options);
    }

    private static TestAnalyzerConfigOptionsProvider Embed(TestAnalyzerConfigOptionsProvider options, AdditionalText file) =>
        options.WithFileOption(file.Path, NewsroomGenerator.ResourceMetadata, "Newsroom/Articles/" + System.IO.Path.GetFileName(file.Path));

    private static void AssertEmbedded(GeneratorRun run, bool embedded, string member, string resource) =>
        Assert.Equal(embedded, run.ArticleCode(member).Contains(resource, StringComparison.Ordinal));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_and_regenerates_nothing(bool embedded)
    {
        var (texts, options) = Inputs(embedded);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");

        var (first, second) = GeneratorHarness.AssertIncrementalCaching(compilation, texts, options,
            change: (driver, c) => (driver, c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class B { } }", GeneratorHarness.ParseOptions))),
            stepNames: IncrementalSteps.TrackingNamesOf(typeof(TrackingNames)));

        Assert.Equal(new[] { "MayorOpensBridge", "StormClosesSchools", "TeamWinsFinal" }, first.ArticleMembers.Order(StringComparer.Ordinal));
        Assert.True(first.HasFixedSources);
        AssertEmbedded(first, embedded, "MayorOpensBridge", "Newsroom/Articles/a.txt");
        GeneratorHarness.AssertSameSources(first, second);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Editing_one_of_three_articles_reruns_only_its_extraction_and_its_source(bool embedded)
    {
        var (texts, options) = Inputs(embedded);
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);
        AssertEmbedded(first, embedded, "StormClosesSchools", "Newsroom/Articles/b.txt");

        var edited = texts[1].WithText(ThreeArticles[1].Text.Replace("every school", "every school in the county"));
        var second = first.Rerun(d => d.ReplaceAdditionalText(texts[1], edited));

        var extracted = IncrementalSteps.OutputReasons(second.Result, new[] { TrackingNames.Extracted })[TrackingNames.Extracted];
        Assert.Equal(2, extracted.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.Modified));
        // a's and c's files reach extraction as the very objects of the first run, so ExtractionCache does not extract them again.
        var files = IncrementalSteps.Outputs(second.Result, TrackingNames.ArticleFiles).ToDictionary(o => ((ArticleFile)o.Value!).Path, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, files["/p/Articles/a.txt"]);
        Assert.Equal(IncrementalStepRunReason.Cached, files["/p/Articles/c.txt"]);
        Assert.Equal(IncrementalStepRunReason.Modified, files["/p/Articles/b.txt"]);

        // The names did not change, so only b's emit input is new; a's and c's sources are reused.
        var emits = IncrementalSteps.Outputs(second.Result, TrackingNames.EmitInputs);
        var changed = emits.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        Assert.Single(changed);
        Assert.Equal("/p/Articles/b.txt", ((ArticleEmit)changed[0].Value!).Article.Path);
        Assert.Equal(first.ArticleCode("MayorOpensBridge"), second.ArticleCode("MayorOpensBridge"));
        Assert.NotEqual(first.ArticleCode("StormClosesSchools"), second.ArticleCode("StormClosesSchools"));

        // b's code is made again and only the file that holds it is emitted again (the others are as they were).
        var code = IncrementalSteps.Outputs(second.Result, TrackingNames.ArticleCode).Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        Assert.Equal("/p/Articles/b.txt", ((ArticleCode)Assert.Single(code).Value!).Path);
        var articleShards = IncrementalSteps.Outputs(second.Result, TrackingNames.ArticleShards);
        Assert.Equal(new[] { second.ArticleFileOf("StormClosesSchools") }, articleShards.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => ((ArticleShard)o.Value!).HintName));
        foreach (var other in new[] { "MayorOpensBridge", "TeamWinsFinal" }.Select(first.ArticleFileOf).Where(h => h != first.ArticleFileOf("StormClosesSchools")))
        {
            Assert.Equal(first.GetSource(other), second.GetSource(other));
        }

        // No actor's name or count changed and no quote did, so no actor or quote shard is emitted again.
        foreach (var step in new[] { TrackingNames.ActorShards, TrackingNames.QuoteShards })
        {
            var shards = IncrementalSteps.Outputs(second.Result, step);
            Assert.NotEmpty(shards);
            Assert.All(shards, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + o.Reason));
        }
    }

    [Fact]
    public void Editing_a_quote_re_emits_only_the_shard_of_its_speaker()
    {
        var (texts, options) = Inputs(embedded: true);
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);
        Assert.Contains("StayHome =>", first.GetSource("Newsroom.Quotes.T.g.cs"), StringComparison.Ordinal);

        var edited = texts[1].WithText(ThreeArticles[1].Text.Replace("“Stay home,”", "“Stay home tonight,”"));
        var second = first.Rerun(d => d.ReplaceAdditionalText(texts[1], edited));

        var shards = IncrementalSteps.Outputs(second.Result, TrackingNames.QuoteShards);
        var changed = shards.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => ((QuoteShard)o.Value!).HintName).ToArray();
        Assert.Equal(new[] { "Newsroom.Quotes.T.g.cs" }, changed);
        Assert.Equal(27, shards.Count);   // every letter at its place, empty or not: only A, J and T are added as files
        Assert.Contains("StayHomeTonight =>", second.GetSource("Newsroom.Quotes.T.g.cs"), StringComparison.Ordinal);
        Assert.Contains("“Stay home tonight,”", second.GetSource("Newsroom.Quotes.T.g.cs"), StringComparison.Ordinal);
        foreach (var hint in new[] { "Newsroom.Quotes.A.g.cs", "Newsroom.Quotes.J.g.cs", first.ArticleFileOf("MayorOpensBridge"), first.ArticleFileOf("TeamWinsFinal") })
        {
            Assert.Equal(first.GetSource(hint), second.GetSource(hint));
        }
    }

    [Fact]
    public void A_quote_by_a_new_speaker_re_emits_the_files_of_its_letter_and_leaves_the_catalog_as_it_was()
    {
        var (texts, options) = Inputs(embedded: true);
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);
        Assert.DoesNotContain(first.GeneratedSources, s => s.HintName == "Newsroom.Actors.Z.g.cs");

        var edited = texts[1].WithText(ThreeArticles[1].Text + "\n“We will rebuild the pier,” said Zora Quillfeather.\n");
        var second = first.Rerun(d => d.ReplaceAdditionalText(texts[1], edited));
        Assert.Empty(second.Exceptions);

        // The articles' list is as it was, so the catalog is not made again; the new actor's row and member go to Z.
        Assert.All(IncrementalSteps.Outputs(second.Result, TrackingNames.ArticleList),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(first.GetSource("Newsroom.Catalog.g.cs"), second.GetSource("Newsroom.Catalog.g.cs"));
        var actors = IncrementalSteps.Outputs(second.Result, TrackingNames.ActorShards);
        Assert.Equal(new[] { "Newsroom.Actors.Z.g.cs" },
            actors.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => ((ActorShard)o.Value!).HintName));
        var z = second.GetSource("Newsroom.Actors.Z.g.cs");
        Assert.Contains("ZoraQuillfeather => __Member(\"ZoraQuillfeather\")", z, StringComparison.Ordinal);
        Assert.Contains("static partial void __DataZ(", z, StringComparison.Ordinal);
        foreach (var source in first.GeneratedSources.Where(s => s.HintName.StartsWith("Newsroom.Actors.", StringComparison.Ordinal)))
        {
            Assert.Equal(source.SourceText.ToString(), second.GetSource(source.HintName));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Adding_an_article_extracts_only_it_and_leaves_the_other_sources_as_they_were(bool embedded)
    {
        var (texts, options) = Inputs(embedded);
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);

        var added = new InMemoryAdditionalText("/p/Articles/d.txt", "Library reopens\n\n“Come back and read,” said librarian Ida Noor.\n");
        var withAdded = options.WithFileOption(added.Path, GeneratorHarness.ArticleMetadataKey, "true");
        if (embedded) withAdded = Embed(withAdded, added);
        var second = first.Rerun(d => d
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(added))
            .WithUpdatedAnalyzerConfigOptions(withAdded));
        AssertEmbedded(second, embedded, "LibraryReopens", "Newsroom/Articles/d.txt");

        var extracted = IncrementalSteps.OutputReasons(second.Result, new[] { TrackingNames.Extracted })[TrackingNames.Extracted];
        Assert.Equal(3, extracted.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.New));
        // Under NewsroomStringDataLimit (2,000) the new article count changes nothing in the other articles' code.
        var code = IncrementalSteps.OutputReasons(second.Result, new[] { TrackingNames.ArticleCode })[TrackingNames.ArticleCode];
        Assert.Equal(3, code.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, code.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(4, second.ArticleMembers.Length);
        foreach (var member in new[] { "MayorOpensBridge", "StormClosesSchools", "TeamWinsFinal" })
        {
            Assert.Equal(first.ArticleCode(member), second.ArticleCode(member));
            if (first.ArticleFileOf(member) != second.ArticleFileOf("LibraryReopens")) Assert.Equal(first.GetSource(first.ArticleFileOf(member)), second.GetSource(first.ArticleFileOf(member)));
        }
        Assert.Contains("d.txt", second.GetSource("Newsroom.Catalog.g.cs"));
        Assert.Contains("Ida Noor", second.GetSource("Newsroom.Actors.I.g.cs"));
        Assert.Contains("IdaNoor", second.GetSource("Newsroom.Actors.I.g.cs"));
    }

    [Fact]
    public void Crossing_the_string_data_limit_makes_every_article_s_code_again_with_UTF8_data_and_nothing_more()
    {
        // NewsroomStringDataLimit 3: three articles have plain string data; a fourth takes the project past the limit.
        var (texts, options) = Inputs(embedded: true);
        options = options.WithGlobalOption("build_property." + NewsroomSettings.StringDataLimitProperty, "3");
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);
        Assert.Equal(3, first.ArticleMembers.Length);
        Assert.All(first.ArticleMembers, m => Assert.Contains("Article.__GetString(ref ", first.ArticleCode(m), StringComparison.Ordinal));

        var added = new InMemoryAdditionalText("/p/Articles/d.txt", "Library reopens\n\n“Come back and read,” said librarian Ida Noor.\n");
        var withAdded = Embed(options.WithFileOption(added.Path, GeneratorHarness.ArticleMetadataKey, "true"), added);
        var second = first.Rerun(d => d
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(added))
            .WithUpdatedAnalyzerConfigOptions(withAdded));
        Assert.Empty(second.Exceptions);
        Assert.Equal(4, second.ArticleMembers.Length);
        Assert.All(second.ArticleMembers, m => Assert.Contains("Article.__Get(ref ", second.ArticleCode(m), StringComparison.Ordinal));

        var reasons = IncrementalSteps.OutputReasons(second.Result, new[] { TrackingNames.Extracted, TrackingNames.ArticleCode });
        Assert.Equal(3, reasons[TrackingNames.Extracted].Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(3, reasons[TrackingNames.ArticleCode].Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons[TrackingNames.ArticleCode].Count(r => r == IncrementalStepRunReason.New));

        // The same sources as a build that started with four articles.
        var fresh = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts.Append(added).ToArray(), withAdded);
        GeneratorHarness.AssertSameSources(fresh, second);
    }

    [Fact]
    public void Many_articles_are_extracted_side_by_side_with_the_same_result_as_one_at_a_time()
    {
        // Enough articles for the parallel path (ExtractionCache), all quoting one speaker.
        var articles = Enumerable.Range(0, 40)
            .Select(i => ($"/p/Articles/n{i:00}.txt", $"Story number {i}\n\n“We did it on day {i},” said Ana Ruiz, the mayor.\n"))
            .ToArray();
        var (texts, options) = GeneratorHarness.Articles(articles);
        var parallel = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(parallel.Exceptions);
        Assert.Equal(40, parallel.ArticleMembers.Length);

        // The same sources as articles extracted one at a time (fewer than the parallel threshold per run).
        foreach (var (path, text) in articles)
        {
            var (one, oneOptions) = GeneratorHarness.Articles(new[] { (path, text) });
            var alone = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), one, oneOptions);
            var member = Assert.Single(alone.ArticleMembers);
            Assert.Equal(alone.ArticleCode(member), parallel.ArticleCode(member));
        }

        var edited = texts[17].WithText(articles[17].Item2.Replace("day 17", "day seventeen"));
        var second = parallel.Rerun(d => d.ReplaceAdditionalText(texts[17], edited));
        var reasons = IncrementalSteps.OutputReasons(second.Result, new[] { TrackingNames.Extracted })[TrackingNames.Extracted];
        Assert.Equal(39, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains("day seventeen", second.GetSource("Newsroom.Quotes.A.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_an_article_from_the_middle_makes_no_other_article_again()
    {
        // Twenty articles (enough for side-by-side extraction), each its own speaker and headline.
        var names = new[] { "Ana Ruiz", "Tom Reyes", "Ida Noor", "Jane Okafor", "Omar Haddad", "Lena Berg", "Paul Mensah", "Rosa Lima", "Ivan Petrov", "Mei Chen",
            "Sara Cohen", "Noah Weber", "Aiko Tanaka", "Luis Ortega", "Nina Popescu", "Kofi Boateng", "Eva Novak", "Raj Patel", "Ines Costa", "Tariq Aziz" };
        var articles = names.Select((n, i) => ($"/p/Articles/n{i:00}.txt", $"Story about {n}\n\n“We did it on day {i},” said {n}, the mayor.\n")).ToArray();
        var (texts, options) = GeneratorHarness.Articles(articles);
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        Assert.Empty(first.Exceptions);

        var second = first.Rerun(d => d.RemoveAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(texts[3])));

        Assert.Equal(19, second.ArticleMembers.Length);
        // Nothing is extracted, summarized or made again; the emit inputs are worked out again (the names changed) and
        // found equal.
        foreach (var step in new[] { TrackingNames.Extracted, TrackingNames.Summaries, TrackingNames.EmitInputs, TrackingNames.ArticleCode })
        {
            var reasons = IncrementalSteps.OutputReasons(second.Result, new[] { step })[step];
            Assert.Equal(19, reasons.Count(r => r is IncrementalStepRunReason.Cached || (step == TrackingNames.EmitInputs && r == IncrementalStepRunReason.Unchanged)));
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Removed));
        }
        // Only the file that held the removed article changes; every other article file is reused as it was.
        var changed = IncrementalSteps.Outputs(second.Result, TrackingNames.ArticleShards)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => ((ArticleShard)o.Value!).HintName).ToArray();
        Assert.Equal(new[] { first.ArticleFileOf("StoryAboutJaneOkafor") }, changed);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_many_files()
    {
        // Enough files for side-by-side extraction, several to an article file, speakers quoted in several articles.
        var articles = Enumerable.Range(0, 60)
            .Select(i => ($"/p/Articles/s{i:00}.txt", $"Report {i} from the harbour\n\n“Day {i} went well,” said {(i % 3 == 0 ? "Ana Ruiz" : i % 3 == 1 ? "Tom Reyes" : "Ida Noor")}, the mayor.\n"))
            .ToArray();
        var (texts, options) = GeneratorHarness.Articles(articles);
        var forward = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        var shuffled = texts.OrderBy(t => (t.Path.GetHashCode(StringComparison.Ordinal) * 31) ^ 17).ToArray();
        var backward = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), shuffled, options);

        Assert.Empty(forward.Exceptions);
        Assert.Equal(60, forward.ArticleMembers.Length);
        Assert.Contains("“Day 57 went well,”", forward.GetSource("Newsroom.Quotes.A.g.cs"), StringComparison.Ordinal);
        GeneratorHarness.AssertSameSources(forward, backward);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_the_files()
    {
        var (texts, options) = GeneratorHarness.Articles(ThreeArticles);
        var forward = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);
        var backward = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts.Reverse().ToArray(), options);

        GeneratorHarness.AssertSameSources(forward, backward);
    }
}
