using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// Each diagnostic on a small article: its ID, severity and exact place in the article file (1-based line and column
/// of both ends, as the IDE shows them), what became of the article, and how users change severities.
/// </summary>
public class DiagnosticTests
{
    /// <summary>Runs the generator on the articles and checks the build survives and every diagnostic is located exactly.</summary>
    private static GeneratorRun Run(params (string Path, string Text)[] articles) =>
        RunChecked(articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToArray());

    private static GeneratorRun RunChecked(AdditionalText[] texts, Dictionary<string, string>? globalOptions = null, Compilation? compilation = null)
    {
        var run = Robust.Run(texts, globalOptions, compilation);
        Robust.AssertBuildIsClean(run);
        Robust.AssertDiagnosticsLocated(run, texts);
        return run;
    }

    [Fact]
    public void The_seed_gives_exactly_its_two_stray_mark_warnings_and_nothing_above_info()
    {
        var seed = new InMemoryAdditionalText("/project/Articles/" + Fixture.SeedFileName, Fixture.SeedText);
        var run = RunChecked([seed]);

        Assert.Equal(
            ["NWS001 Warning 000_94ea7bb9e4850890.txt(15,197)-(15,198)", "NWS001 Warning 000_94ea7bb9e4850890.txt(29,277)-(29,278)"],
            run.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(Robust.Describe).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public void NWS001_points_at_the_stray_mark_whatever_the_line_endings(string newline)
    {
        var text = "Council votes" + newline + newline + "The council voted on Monday. It was close,” said Ana Lima." + newline;
        var run = Run(("/p/a.txt", text));

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS001 Warning a.txt(3,43)-(3,44)", Robust.Describe(d));
        Assert.Equal(new TextSpan(text.IndexOf('”'), 1), d.Location.SourceSpan);
        Assert.Equal("", d.Descriptor.HelpLinkUri);     // no public address for the docs: no link rather than an invented one
        Assert.Equal("Newsroom", d.Descriptor.Category);
    }

    [Fact]
    public void NWS002_spans_the_quoted_words_of_a_quote_nobody_says()
    {
        var text = "Storm hits coast\n\nThe storm hit the coast at dawn.\n\n“Everything is gone and we have nowhere to go.”\n";
        var run = Run(("/p/b.txt", text));

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS002 Info b.txt(5,2)-(5,47)", Robust.Describe(d));
        Assert.Equal("No speaker found for the quote “Everything is gone and we have nowhere to go.”", d.GetMessage());
    }

    [Fact]
    public void NWS002_message_shows_a_long_quote_on_one_line_without_invisible_characters()
    {
        var text = "Storm hits coast\n\n“Everything\u202E is gone\u200B and we have nowhere to go, nowhere at all, not even the school gym.”\n";
        var run = Run(("/p/b.txt", text));

        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "NWS002");
        Assert.Equal("No speaker found for the quote “Everything is gone and we have nowhere to go, nowhere at all…”", d.GetMessage());
    }

    [Fact]
    public void NWS003_a_text_with_NUL_characters_is_binary_and_becomes_an_empty_article()
    {
        var run = Run(("/p/nul.txt", "Headline\n\n“Hello,” said Jane Doe.\0\0\u0001 more"), (Robust.NormalPath, Robust.NormalText));

        Assert.Equal(["NWS003 Warning nul.txt(1,1)-(1,1)"], Robust.Ours(run));
        Assert.Contains("2 NUL character(s)", run.GeneratorDiagnostics.Single().GetMessage(), StringComparison.Ordinal);
        var article = Robust.Extracted(run, "/p/nul.txt");
        Assert.Equal("", article.Model.Text);
        Assert.Empty(article.Model.Quotes);
        Robust.AssertNormalArticleIntact(run);
    }

    [Fact]
    public void NWS003_bytes_that_are_mostly_not_UTF8_are_an_unreadable_article()
    {
        var random = new Random(7);
        var bytes = new byte[4000];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 0xFF;
        // Decoded as csc on Linux and macOS does: not UTF-8, so read again as UTF-8 with U+FFFD for each bad sequence.
        var binary = new InMemoryAdditionalText("/p/photo.txt", bytes, System.Text.Encoding.Default);
        var run = RunChecked([binary, Robust.Normal()]);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS003 Warning photo.txt(1,1)-(1,1)", Robust.Describe(d));
        Assert.Contains("are not text", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("", Robust.Extracted(run, "/p/photo.txt").Model.Text);
        Robust.AssertNormalArticleIntact(run);
    }

    [Fact]
    public void NWS003_when_the_compiler_gives_no_text()
    {
        var run = RunChecked([new NoTextAdditionalText("/p/locked.txt"), Robust.Normal()]);

        Assert.Equal(["NWS003 Warning locked.txt(1,1)-(1,1)"], Robust.Ours(run));
        Assert.Contains("could not read it as text", run.GeneratorDiagnostics.Single().GetMessage(), StringComparison.Ordinal);
        Robust.AssertNormalArticleIntact(run);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t\n\u00A0\u2028 ")]
    public void NWS004_an_empty_or_blank_article_is_info_and_generated_empty(string text)
    {
        var run = Run(("/p/empty.txt", text));

        Assert.Equal(["NWS004 Info empty.txt(1,1)-(1,1)"], Robust.Ours(run));
        var article = Assert.Single(RuntimeArticles.Load(run.OutputCompilation));
        Assert.Equal(text, article.Text);
        Assert.Equal("Empty", article.MemberName);
    }

    [Fact]
    public void NWS005_an_article_over_the_size_limit_is_generated_without_its_text()
    {
        var big = "Big file\n\n" + string.Concat(Enumerable.Repeat("“Words,” said Jane Doe. ", 10));
        var run = RunChecked([new InMemoryAdditionalText("/p/big.txt", big), Robust.Normal()],
            new Dictionary<string, string> { [NewsroomSettings.MaxArticleSizeKey] = "200" });

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS005 Warning big.txt(1,1)-(1,1)", Robust.Describe(d));
        Assert.Equal("The article file 'big.txt' is 250 characters long, over the limit of 200 (MSBuild property NewsroomMaxArticleSize). It is generated without its text.", d.GetMessage());
        var articles = RuntimeArticles.Load(run.OutputCompilation);
        var article = Assert.Single(articles, a => a.FileName == "big.txt");
        Assert.Equal("", article.Text);
        Assert.Empty(article.Quotes);
        Assert.Equal("Big", article.MemberName);
        Robust.AssertNormalArticleIntact(run);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("250", false)]
    [InlineData("249", true)]
    [InlineData(" 1_000 ", false)]
    public void NewsroomMaxArticleSize_sets_the_limit_and_0_removes_it(string value, bool tooLarge)
    {
        var text = string.Concat(Enumerable.Repeat("“Words,” said Jane Doe. ", 10)) + "1234567890";
        Assert.Equal(250, text.Length);
        var run = RunChecked([new InMemoryAdditionalText("/p/a.txt", text)], new Dictionary<string, string> { [NewsroomSettings.MaxArticleSizeKey] = value });

        Assert.Equal(tooLarge, run.GeneratorDiagnostics.Any(d => d.Id == "NWS005"));
        Assert.Equal(tooLarge ? "" : text, Robust.Extracted(run, "/p/a.txt").Model.Text);
    }

    [Fact]
    public void The_default_size_limit_is_two_million_characters()
    {
        var over = new string('x', NewsroomSettings.DefaultMaxArticleSize + 1);
        var run = RunChecked([new InMemoryAdditionalText("/p/huge.txt", over)]);

        Assert.Equal(["NWS005 Warning huge.txt(1,1)-(1,1)"], Robust.Ours(run));
        Assert.Contains("2,000,001 characters long, over the limit of 2,000,000", run.GeneratorDiagnostics.Single().GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-5")]
    [InlineData("2 MB")]
    public void NWS009_an_invalid_size_setting_is_reported_once_and_the_default_is_used(string value)
    {
        var run = RunChecked([Robust.Normal()], new Dictionary<string, string> { [NewsroomSettings.MaxArticleSizeKey] = value });

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS009 Warning", Robust.Describe(d));
        Assert.Equal($"The MSBuild property NewsroomMaxArticleSize is '{value}', which is not a whole number of characters; the default 2,000,000 is used", d.GetMessage());
        Robust.AssertNormalArticleIntact(run);
    }

    [Fact]
    public void NWS006_the_second_article_with_the_same_headline_is_told_at_its_headline()
    {
        var run = Run(
            ("/p/a.txt", "Storm closes schools\n\nThe storm closed every school on Monday.\n"),
            ("/p/b.txt", "Storm closes schools\r\n\r\nThe storm closed every school on Tuesday too.\r\n"),
            ("/p/c.txt", "Storm closes schools!\n\nA third storm closed them again.\n"));

        Assert.Equal(["NWS006 Info b.txt(1,1)-(1,21)", "NWS006 Info c.txt(1,1)-(1,22)"], Robust.Ours(run));
        Assert.Equal("The article 'b.txt' would be named Articles.StormClosesSchools like 'a.txt', which sorts first; it is named Articles.StormClosesSchools2",
            run.GeneratorDiagnostics.First().GetMessage());
        Assert.Equal(["StormClosesSchools", "StormClosesSchools2", "StormClosesSchools3"], Robust.Names(run).Articles.Select(a => a.Member));
    }

    [Theory]
    [InlineData("2019 in review", "_2019InReview", "a C# name cannot start with '2', so '_' was put before it", "(1,1)-(1,15)")]
    [InlineData("All", "All2", "'All' is a name of the Newsroom API itself, so a number was added", "(1,1)-(1,4)")]
    [InlineData("To string", "ToString2", "'ToString' is a name of the Newsroom API itself, so a number was added", "(1,1)-(1,10)")]
    [InlineData("!!! ???", "Renamedfile", "its headline has no letter or digit a C# name can use, so the name comes from the file name", "(1,1)-(1,8)")]
    [InlineData("𝒜 new era", "NewEra", "letters outside the Basic Multilingual Plane cannot be part of a C# name and were left out", "(1,1)-(1,11)")]
    public void NWS007_a_headline_that_cannot_be_the_name_as_it_is_is_reported_with_why(string headline, string member, string why, string where)
    {
        var run = Run(("/p/renamed-file.txt", headline + "\n\nThe council met on Monday and nothing happened.\n"));

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS007 Info renamed-file.txt" + where, Robust.Describe(d));
        Assert.Equal($"The article 'renamed-file.txt' is named Articles.{member}: {why}", d.GetMessage());
        Assert.Equal(member, Assert.Single(Robust.Names(run).Articles).Member);
    }

    [Fact]
    public void NWS008_points_at_the_first_character_that_is_not_text_and_the_article_is_still_read()
    {
        var text = "Caf\uFFFD opens downtown\n\nThe caf\uFFFD opened on Monday. “Come in,” said Jane Doe.\n";
        var run = Run(("/p/cafe.txt", text));

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NWS008 Warning cafe.txt(1,4)-(1,5)", Robust.Describe(d));
        Assert.Equal("The article has 2 character(s) that are not text, the first here (U+FFFD): the file is probably not saved as UTF-8; save it as UTF-8", d.GetMessage());
        Assert.Equal("Come in,", Robust.Extracted(run, "/p/cafe.txt").Model.Slice(Robust.Extracted(run, "/p/cafe.txt").Model.Quotes.Single().Span));
    }

    [Fact]
    public void NWS010_a_paragraph_too_long_to_extract_keeps_the_text_but_not_the_quotes()
    {
        var wall = string.Concat(Enumerable.Repeat("“Words,” said Jane Doe. ", 1100));
        var text = "Wall of text\n\n" + wall + "\n";
        var run = Run(("/p/wall.txt", text));

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal($"NWS010 Warning wall.txt(3,1)-(3,{wall.TrimEnd().Length + 1})", Robust.Describe(d));
        Assert.StartsWith("This paragraph is 26,399 characters long with 2,200 quotation mark(s)", d.GetMessage(), StringComparison.Ordinal);
        var model = Robust.Extracted(run, "/p/wall.txt").Model;
        Assert.Equal(text, model.Text);
        Assert.Empty(model.Quotes);
    }

    [Fact]
    public void NWS010_many_quotation_marks_in_one_paragraph_also_stop_extraction()
    {
        var text = "Marks\n\n" + string.Concat(Enumerable.Repeat("” a ", 401));
        var run = Run(("/p/marks.txt", text));

        Assert.Equal(["NWS010 Warning marks.txt(3,1)-(3,1604)"], Robust.Ours(run));
    }

    [Fact]
    public void Every_descriptor_has_an_NWS_id_a_title_no_help_link_a_section_in_the_docs_and_is_in_the_release_notes()
    {
        var unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "src", "Newsroom.Generator", "AnalyzerReleases.Unshipped.md"));
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
        foreach (var d in Descriptors.All)
        {
            Assert.Matches("^NWS[0-9]{3}$", d.Id);
            Assert.Equal("Newsroom", d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            Assert.Equal("", d.HelpLinkUri);
            Assert.Contains($"{d.Id} | Newsroom | {d.DefaultSeverity} | {d.Title}", unshipped, StringComparison.Ordinal);
            Assert.Contains($"<a id=\"{d.Id.ToLowerInvariant()}\"></a>", docs, StringComparison.Ordinal);
            Assert.Contains($"## {d.Id}: {d.Title}", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_package_keeps_every_diagnostic_about_a_text_from_warnings_as_errors_and_NWS011_is_no_descriptor()
    {
        // build/Newsroom.targets lists the diagnostics about article texts; a new descriptor must be put there or
        // deliberately left out with those about the project: NWS009 (an invalid setting), NWS012 (C# too old, an
        // error anyway) and NWS013 (the types in a namespace of the project's own, an info). See docs/diagnostics.md#warnings-as-errors.
        var targets = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(RepoRoot(), "src", "Newsroom.Generator", "build", "Newsroom.targets"));
        var listed = targets.Descendants("_NewsroomTextDiagnostics").Single().Value.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Descriptors.All.Select(d => d.Id).Where(id => id is not ("NWS009" or "NWS012" or "NWS013")), listed);

        // NWS011 is the targets' own MSBuild warning (a project that is not C#).
        Assert.Null(Descriptors.ById("NWS011"));
        Assert.Equal("NWS011", targets.Descendants("Warning").Single().Attribute("Code")?.Value);
        Assert.Contains("## NWS011: Not a C# project", System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "diagnostics.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_made_from_its_Roslyn_free_rule()
    {
        // The newsroom command reports from DiagnosticRules without loading Roslyn: the two must say the same.
        Assert.Equal(DiagnosticRules.All.Select(r => r.Id), Descriptors.All.Select(d => d.Id));
        foreach (var d in Descriptors.All)
        {
            var r = DiagnosticRules.ById(d.Id)!;
            Assert.Equal(r.Title, d.Title.ToString());
            Assert.Equal(r.MessageFormat, d.MessageFormat.ToString());
            Assert.Equal(r.Description, d.Description.ToString());
            Assert.Equal(r.Severity switch { RuleSeverity.Error => DiagnosticSeverity.Error, RuleSeverity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info }, d.DefaultSeverity);
        }
    }

    // Severity: the driver filters generator diagnostics through the compilation's options, as csc does, so
    // /nowarn, /warnaserror, rulesets and global analyzer config (.globalconfig) apply to Newsroom's diagnostics.
    // These are the compiler's rules, without the package: its targets add /warnaserror-: for the IDs about article
    // texts under TreatWarningsAsErrors (Packaging/PackageConsumerTests checks that), and the tests below show why it
    // takes that switch, and only then.

    private const string StrayArticle = "Council votes\n\n“Nobody knows where the money went.”\n\nThe council voted on Monday. It was close,” said Ana Lima.\n";

    private static GeneratorRun RunWithOptions(Func<CSharpCompilationOptions, CSharpCompilationOptions> configure)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.WithOptions(configure(compilation.Options));
        var text = new InMemoryAdditionalText("/project/Articles/a.txt", StrayArticle);
        var run = Robust.Run([text], compilation: compilation);
        Assert.Empty(run.Exceptions);
        Robust.AssertDiagnosticsLocated(run, [text]);
        return run;
    }

    [Fact]
    public void Default_severities_are_a_warning_for_the_stray_mark_and_info_for_the_quote_without_speaker()
    {
        var run = RunWithOptions(o => o);
        Assert.Equal(["NWS002 Info a.txt(3,2)-(3,36)", "NWS001 Warning a.txt(5,43)-(5,44)"], Robust.Ours(run));
    }

    [Fact]
    public void Specific_diagnostic_options_raise_and_silence_newsroom_diagnostics()
    {
        // What <WarningsAsErrors>NWS001</WarningsAsErrors> and <NoWarn>NWS002</NoWarn> (and rulesets) become.
        var run = RunWithOptions(o => o.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["NWS001"] = ReportDiagnostic.Error,
            ["NWS002"] = ReportDiagnostic.Suppress,
        }));

        Assert.Equal(["NWS001 Error a.txt(5,43)-(5,44)"], Robust.Ours(run));
    }

    /// <summary>The compiler's options as csc makes them from its command line (what the Csc task passes for
    /// TreatWarningsAsErrors, WarningsAsErrors and WarningsNotAsErrors, in that order), with a .globalconfig's severities.</summary>
    private static GeneratorRun RunWithCommandLine(string[] arguments, string? globalconfig = null)
    {
        var parsed = CSharpCommandLineParser.Default.Parse(arguments, "/project", sdkDirectory: null).CompilationOptions;
        return RunWithOptions(o =>
        {
            o = o.WithGeneralDiagnosticOption(parsed.GeneralDiagnosticOption).WithSpecificDiagnosticOptions(parsed.SpecificDiagnosticOptions);
            return globalconfig is null ? o : o.WithSyntaxTreeOptionsProvider(new ConfigSeverities(AnalyzerConfigSet.Create(
                ImmutableArray.Create(AnalyzerConfig.Parse("is_global = true\n" + globalconfig, "/project/.globalconfig")))));
        });
    }

    [Fact]
    public void Warnaserror_makes_the_warnings_errors_and_leaves_info_alone()
    {
        var run = RunWithCommandLine(["/warnaserror+"]);
        Assert.Equal(["NWS002 Info a.txt(3,2)-(3,36)", "NWS001 Error a.txt(5,43)-(5,44)"], Robust.Ours(run));
    }

    [Fact]
    public void Under_warnaserror_a_globalconfig_severity_of_warning_is_still_an_error()
    {
        // What docs/diagnostics.md once advised for TreatWarningsAsErrors: it does not work, the compiler promotes a
        // warning set by a .globalconfig like any other.
        var run = RunWithCommandLine(["/warnaserror+"], "dotnet_diagnostic.NWS001.severity = warning\ndotnet_diagnostic.NWS002.severity = warning\n");
        Assert.Equal(["NWS002 Error a.txt(3,2)-(3,36)", "NWS001 Error a.txt(5,43)-(5,44)"], Robust.Ours(run));
    }

    [Fact]
    public void Warnaserror_minus_keeps_the_ids_warnings_and_a_globalconfig_warning_too()
    {
        // What the package passes under TreatWarningsAsErrors (WarningsNotAsErrors).
        var run = RunWithCommandLine(["/warnaserror+", "/warnaserror-:NWS001;NWS002"]);
        Assert.Equal(["NWS002 Info a.txt(3,2)-(3,36)", "NWS001 Warning a.txt(5,43)-(5,44)"], Robust.Ours(run));

        var raised = RunWithCommandLine(["/warnaserror+", "/warnaserror-:NWS001;NWS002"], "dotnet_diagnostic.NWS002.severity = warning\n");
        Assert.Equal(["NWS002 Warning a.txt(3,2)-(3,36)", "NWS001 Warning a.txt(5,43)-(5,44)"], Robust.Ours(raised));
    }

    [Fact]
    public void Warnaserror_minus_makes_the_compiler_ignore_a_globalconfig_error_for_a_warning_so_the_package_adds_it_only_under_TreatWarningsAsErrors()
    {
        // A .globalconfig "error" still raises an info (NWS002), but not a warning the command line names in
        // /warnaserror-: (NWS001), with or without /warnaserror+.
        const string errors = "dotnet_diagnostic.NWS001.severity = error\ndotnet_diagnostic.NWS002.severity = error\n";
        Assert.Equal(["NWS002 Error a.txt(3,2)-(3,36)", "NWS001 Error a.txt(5,43)-(5,44)"], Robust.Ours(RunWithCommandLine([], errors)));
        Assert.Equal(["NWS002 Error a.txt(3,2)-(3,36)", "NWS001 Warning a.txt(5,43)-(5,44)"], Robust.Ours(RunWithCommandLine(["/warnaserror-:NWS001;NWS002"], errors)));
        Assert.Equal(["NWS002 Error a.txt(3,2)-(3,36)", "NWS001 Warning a.txt(5,43)-(5,44)"], Robust.Ours(RunWithCommandLine(["/warnaserror+", "/warnaserror-:NWS001;NWS002"], errors)));
    }

    [Fact]
    public void A_later_warnaserror_minus_undoes_warnaserror_plus_for_the_same_id_so_the_package_leaves_out_the_ids_named_in_WarningsAsErrors()
    {
        Assert.Contains("NWS001 Error a.txt(5,43)-(5,44)", Robust.Ours(RunWithCommandLine(["/warnaserror+", "/warnaserror+:NWS001", "/warnaserror-:NWS002"])));
        Assert.Contains("NWS001 Warning a.txt(5,43)-(5,44)", Robust.Ours(RunWithCommandLine(["/warnaserror+", "/warnaserror+:NWS001", "/warnaserror-:NWS001;NWS002"])));
    }

    [Fact]
    public void A_globalconfig_sets_severities_as_the_compiler_reads_it()
    {
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(
            "is_global = true\ndotnet_diagnostic.NWS001.severity = error\ndotnet_diagnostic.NWS002.severity = none\n", "/project/.globalconfig")));

        var run = RunWithOptions(o => o.WithSyntaxTreeOptionsProvider(new ConfigSeverities(set)));

        Assert.Equal(["NWS001 Error a.txt(5,43)-(5,44)"], Robust.Ours(run));
    }

    [Fact]
    public void An_editorconfig_section_does_not_reach_diagnostics_in_article_files_roslyn_31916()
    {
        // Roslyn applies .editorconfig severities to diagnostics in C# files only (dotnet/roslyn#31916). This pins
        // that behaviour, which docs/diagnostics.md describes: should it ever change, update the docs.
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(
            "root = true\n[*]\ndotnet_diagnostic.NWS001.severity = error\n[*.txt]\ndotnet_diagnostic.NWS001.severity = error\n", "/project/.editorconfig")));
        Assert.Equal(ReportDiagnostic.Error, set.GetOptionsForSourcePath("/project/Articles/a.txt").TreeOptions["NWS001"]);

        var run = RunWithOptions(o => o.WithSyntaxTreeOptionsProvider(new ConfigSeverities(set)));

        Assert.Contains("NWS001 Warning a.txt(5,43)-(5,44)", Robust.Ours(run));
    }

    [Fact]
    public void A_moved_diagnostic_regenerates_no_other_source_and_naming_diagnostics_leave_the_catalog_cached()
    {
        var a = new InMemoryAdditionalText("/p/a.txt", "Storm closes schools\n\nThe storm closed every school.\n");
        var b = new InMemoryAdditionalText("/p/b.txt", "Storm closes schools\n\nThe storm closed every school again. It was close,” said Ana Lima.\n");
        var first = RunChecked([a, b]);
        Assert.Equal(["NWS006 Info b.txt(1,1)-(1,21)", "NWS001 Warning b.txt(3,51)-(3,52)"], Robust.Ours(first));

        // The headline gains a character (NWS006 moves) and the stray mark moves; names stay the same.
        var edited = b.WithText("Storm closes schools!\n\nThe storm closed every school again, sadly. It was close,” said Ana Lima.\n");
        var second = first.Rerun(d => d.ReplaceAdditionalText(b, edited));

        Assert.Equal(["NWS006 Info b.txt(1,1)-(1,22)", "NWS001 Warning b.txt(3,58)-(3,59)"], Robust.Ours(second));
        var reasons = IncrementalSteps.OutputReasons(second.Result, [TrackingNames.Names, TrackingNames.NamingDiagnostics]);
        Assert.Equal([IncrementalStepRunReason.Unchanged], reasons[TrackingNames.Names]);
        Assert.Equal([IncrementalStepRunReason.Modified], reasons[TrackingNames.NamingDiagnostics]);
        Assert.Equal(first.GetSource("Newsroom.Catalog.g.cs"), second.GetSource("Newsroom.Catalog.g.cs"));
        var emits = IncrementalSteps.Outputs(second.Result, TrackingNames.EmitInputs);
        Assert.Equal(["/p/b.txt"], emits.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((ArticleEmit)o.Value!).Article.Path));
    }

    [Fact]
    public void An_article_whose_code_cannot_be_made_keeps_its_text_gets_NWS900_and_leaves_the_others_whole()
    {
        // A path no other test uses: the hook makes only this article's code fail.
        var faultyPath = "/p/faulty-" + Guid.NewGuid().ToString("N") + ".txt";
        var faulty = new InMemoryAdditionalText(faultyPath, "Harbour plan\n\n“We will rebuild the pier,” said Ana Ruiz, the mayor.\n");
        var normal = Robust.Normal();
        NewsroomGenerator.FailCodeOf = path => path == faultyPath;
        GeneratorRun run;
        try
        {
            run = Robust.Run([faulty, normal]);
        }
        finally
        {
            NewsroomGenerator.FailCodeOf = null;
        }

        Robust.AssertBuildIsClean(run);
        var nws900 = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NWS900");
        Assert.Equal(faultyPath, nws900.Location.GetLineSpan().Path);
        Assert.Contains("while emitting", nws900.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // The article is there with its text and no quote; its quote has no member; the other article is whole.
        var articles = RuntimeArticles.Load(run.OutputCompilation);
        var bare = Assert.Single(articles, a => faultyPath.EndsWith(a.FileName, StringComparison.Ordinal));
        Assert.Equal(faulty.GetText()!.ToString(), bare.Text);
        Assert.Empty(bare.Quotes);
        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName.StartsWith("Newsroom.Quotes.", StringComparison.Ordinal)
            && s.SourceText.ToString().Contains("We will rebuild the pier", StringComparison.Ordinal));
        Robust.AssertNormalArticleIntact(run);
    }

    [Fact]
    public void Changing_the_size_limit_re_extracts_only_the_articles_it_concerns()
    {
        var small = new InMemoryAdditionalText("/p/small.txt", Robust.NormalText);
        var large = new InMemoryAdditionalText("/p/large.txt", "Large\n\n" + new string('x', 300));
        var options = GeneratorHarness.ArticleOptions([small, large], new Dictionary<string, string> { [NewsroomSettings.MaxArticleSizeKey] = "1000" });
        var first = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), [small, large], options);
        Assert.Empty(first.GeneratorDiagnostics);

        var second = first.Rerun(d => d.WithUpdatedAnalyzerConfigOptions(options.WithGlobalOption(NewsroomSettings.MaxArticleSizeKey, "200")));

        Assert.Equal(["NWS005 Warning large.txt(1,1)-(1,1)"], Robust.Ours(second));
        var extracted = IncrementalSteps.Outputs(second.Result, TrackingNames.Extracted).ToDictionary(o => ((ExtractedArticle)o.Value!).Path, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, extracted["/p/small.txt"]);
        Assert.Equal(IncrementalStepRunReason.Modified, extracted["/p/large.txt"]);

    }

    [Fact]
    public void Adding_an_article_between_others_emits_only_it_and_a_file_passed_twice_is_one_article()
    {
        var a = new InMemoryAdditionalText("/p/a.txt", "Storm closes schools\n\nThe storm closed every school.\n");
        var c = new InMemoryAdditionalText("/p/c.txt", Robust.NormalText);
        var b = new InMemoryAdditionalText("/p/b.txt", "Team wins final\n\nCoach Ana Lima said the team “played without fear.”\n");
        var first = RunChecked([a, c]);

        var second = first.Rerun(d => d.RemoveAdditionalTexts([c]).AddAdditionalTexts([b, c]).WithUpdatedAnalyzerConfigOptions(GeneratorHarness.ArticleOptions(a, b, c)));

        var emitted = IncrementalSteps.Outputs(second.Result, TrackingNames.EmitInputs)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .Select(o => ((ArticleEmit)o.Value!).Article.Path);
        Assert.Equal(["/p/b.txt"], emitted);

        var twice = RunChecked([a, a, b]);
        Assert.Equal(2, twice.ArticleMembers.Length);
        Assert.True(twice.HasFixedSources);
        Assert.Equal(["StormClosesSchools", "TeamWinsFinal"], Robust.Names(twice).Articles.Select(n => n.Member));
    }

    private static string RepoRoot()
    {
        var dir = new System.IO.DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Generator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Severities from an <see cref="AnalyzerConfigSet"/>, the way the compiler hands them to the compilation.</summary>
    private sealed class ConfigSeverities(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    /// <summary>An additional file the compiler could not read (csc gives null for a binary file, with CS2015).</summary>
    private sealed class NoTextAdditionalText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
