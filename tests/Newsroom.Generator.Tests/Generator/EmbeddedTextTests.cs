using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// With the package's targets, every article file is also embedded as a manifest resource (<c>Newsroom/{item}</c>) and
/// its AdditionalFile says so (<c>NewsroomResource</c>): the generated code then reads the text from the resource
/// instead of carrying it in a literal, checked against the text that was extracted. Where the resource's bytes could
/// not give back exactly that text, the text is written into the generated code as before.
/// </summary>
public class EmbeddedTextTests
{
    private const string Path = "/consumer/Articles/council.txt";
    private const string Resource = "Newsroom/Articles/council.txt";
    private const string ResourceKey = "build_metadata.AdditionalFiles.NewsroomResource";

    // Text no doc comment shows (not the headline, not the lede, not a quote), so it is in the source only as data.
    private const string Marker = "The vote was eleven to four";

    private const string Council = """
        Council votes on harbour budget

        EASTPORT — The city council approved the harbour budget on Tuesday after a long debate.

        “We will not wait another winter for the repairs,” said Ana Ruiz, the mayor of Eastport.

        The vote was eleven to four. Tom Reyes, who leads the opposition, said the plan was “too expensive by half”.
        """;

    private const string Probe = """
        using System.Linq;
        using Newsroom;

        public static class Probe
        {
            public static string Run()
            {
                try
                {
                    var a = Articles.All[0];
                    return a.Text.Length + "|" + a.Quotes[0].Text + "|" + a.Quotes[0].Speaker?.Name + "|" + a.Paragraphs[2] + "|" + a.Lede;
                }
                catch (System.InvalidOperationException e)
                {
                    return "error: " + e.Message;
                }
            }
        }
        """;

    private static GeneratorRun Generate(SourceText text, string? resource, string? stringDataLimit = null)
    {
        var file = new InMemoryAdditionalText(Path, text);
        var options = GeneratorHarness.ArticleOptions(file);
        if (resource is not null) options = options.WithFileOption(Path, ResourceKey, resource);
        if (stringDataLimit is not null) options = options.WithGlobalOption("build_property." + NewsroomSettings.StringDataLimitProperty, stringDataLimit);
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(Probe), new[] { file }, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return run;
    }

    private static SourceText Utf8(string text) => SourceText.From(text, new UTF8Encoding(false));

    private static ResourceDescription Embedded(byte[] bytes, string name = Resource) => new(name, () => new MemoryStream(bytes), isPublic: true);

    // The literal on the line after the member's call to __Get (UTF-8 data) or __GetString (short data as a plain string).
    private static string DataLine(GeneratorRun run)
    {
        var lines = run.ArticleCode("CouncilVotesOnHarbourBudget").Split('\n');
        return lines[Array.FindIndex(lines, l => l.Contains("Article.__Get", StringComparison.Ordinal)) + 1];
    }

    private static string Expected(string text) =>
        text.Length + "|We will not wait another winter for the repairs,|Ana Ruiz|" + text.Split("\n\n")[3] + "|"
        + "The city council approved the harbour budget on Tuesday after a long debate.";

    [Fact]
    public void The_text_is_read_from_the_embedded_file_and_not_written_into_the_source()
    {
        var run = Generate(Utf8(Council), Resource);

        var data = DataLine(run);
        Assert.DoesNotContain(Marker, data, StringComparison.Ordinal);
        Assert.Contains("Newsroom/Articles/council.txt", data, StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains(Marker, StringComparison.Ordinal));

        // The file as it is on disk, with a byte order mark: the compiler drops it from the text, and so does the reader.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Council)).ToArray();
        Assert.Equal(Expected(Council), CompilationTests.Execute(run.OutputCompilation, new[] { Embedded(bytes) }));
    }

    // Up to NewsroomStringDataLimit articles, short data is a plain string literal (it compiles faster than a "…"u8
    // literal); at 0, or past the limit, or when the data is long (a text written into it), a UTF-8 literal. Either way
    // the article reads back the same.
    [Theory]
    [InlineData(null, true, "the default limit, one article")]
    [InlineData("1", true, "as many articles as the limit")]
    [InlineData("0", false, "0: UTF-8 literals only")]
    public void Short_data_is_a_plain_string_up_to_the_limit_and_reads_back_the_same(string? limit, bool plain, string why)
    {
        var run = Generate(Utf8(Council), Resource, limit);

        var code = run.ArticleCode("CouncilVotesOnHarbourBudget");
        var data = DataLine(run).TrimEnd();
        Assert.True(plain == data.EndsWith("\");", StringComparison.Ordinal), why);
        Assert.True(plain != data.EndsWith("\"u8);", StringComparison.Ordinal), why);
        Assert.True(plain == code.Contains("Article.__GetString(ref ", StringComparison.Ordinal), why);
        Assert.True(data.Length < ArticleEmitter.MaxStringData, "the council's data is short");
        Assert.Equal(Expected(Council), CompilationTests.Execute(run.OutputCompilation, new[] { Embedded(Encoding.UTF8.GetBytes(Council)) }));
    }

    [Fact]
    public void Plain_string_data_reads_back_names_beyond_ASCII_as_they_were()
    {
        // The data holds names and the project's headline: accented letters, a dash, and a character outside the BMP
        // (two UTF-16 code units, four UTF-8 bytes), which the decoder counts in UTF-8 bytes.
        const string text = "Harbour budget passes\n\nEASTPORT — The council approved the budget.\n\n“We will not wait another winter,” said Zoë Brontë-Ødegård, the mayor.\n";
        const string headline = "Harbour budget passes 🚢 — Zoë’s win";
        const string probe = """
            public static class Probe
            {
                public static string Run()
                {
                    var a = Newsroom.Articles.All[0];
                    return a.Headline + "|" + a.Quotes[0].Speaker?.Name + "|" + a.Quotes[0].Text;
                }
            }
            """;
        var file = new InMemoryAdditionalText(Path, Utf8(text));
        var options = GeneratorHarness.ArticleOptions(file)
            .WithFileOption(Path, ResourceKey, Resource)
            .WithFileOption(Path, NewsroomGenerator.HeadlineMetadata, headline);
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(probe), new[] { file }, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        var code = string.Concat(run.GeneratedSources.Where(s => s.HintName.StartsWith("Newsroom.Articles.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains("Article.__GetString(ref ", code, StringComparison.Ordinal);
        Assert.Equal(headline + "|Zoë Brontë-Ødegård|We will not wait another winter,",
            CompilationTests.Execute(run.OutputCompilation, new[] { Embedded(Encoding.UTF8.GetBytes(text)) }));
    }

    [Theory]
    [InlineData(true, 1_500, true)]
    [InlineData(true, 1_501, false)]
    [InlineData(false, 10, false)]
    public void Data_is_a_plain_string_only_when_allowed_and_at_most_1500_UTF16_code_units(bool allowed, int length, bool plain)
    {
        Assert.Equal(1_500, ArticleEmitter.MaxStringData);
        Assert.Equal(plain, ArticleEmitter.IsPlainString(allowed, new string('x', length)));
        // Code units, not characters: 750 characters outside the BMP are 1,500 code units.
        Assert.Equal(allowed, ArticleEmitter.IsPlainString(allowed, string.Concat(Enumerable.Repeat("🚢", 750))));
        Assert.False(ArticleEmitter.IsPlainString(allowed, string.Concat(Enumerable.Repeat("🚢", 751))));
    }

    [Fact]
    public void Past_the_limit_every_article_s_data_is_a_UTF8_literal()
    {
        var second = new InMemoryAdditionalText("/consumer/Articles/ferry.txt", "Ferry service resumes\n\nThe ferry runs again, the port said.\n");
        var council = new InMemoryAdditionalText(Path, Utf8(Council));
        var options = GeneratorHarness.ArticleOptions(council, second)
            .WithFileOption(Path, ResourceKey, Resource)
            .WithGlobalOption("build_property." + NewsroomSettings.StringDataLimitProperty, "1");
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(Probe), new AdditionalText[] { council, second }, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        Assert.EndsWith("\"u8);", DataLine(run).TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains("__GetString(ref ", StringComparison.Ordinal)
            && !s.HintName.Contains("Types", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_data_stays_a_UTF8_literal_under_the_limit()
    {
        // Without the resource, the text is in the data: longer than a plain string may be when it is long enough.
        var text = Council + string.Concat(Enumerable.Repeat("\n\nThe debate went on into the night, and the gallery was full.", 40));
        var run = Generate(Utf8(text), resource: null);

        var data = DataLine(run).TrimEnd();
        Assert.True(data.Length > ArticleEmitter.MaxStringData);
        Assert.EndsWith("\"u8);", data, StringComparison.Ordinal);
        Assert.Equal(Expected(text), CompilationTests.Execute(run.OutputCompilation));
    }

    [Fact]
    public void Without_the_resource_metadata_the_text_is_in_the_source_and_needs_no_resource()
    {
        var run = Generate(Utf8(Council), resource: null);

        Assert.Contains(Marker, DataLine(run), StringComparison.Ordinal);
        Assert.Equal(Expected(Council), CompilationTests.Execute(run.OutputCompilation));
    }

    [Theory]
    [InlineData("Newsroom/Articles/council", "a name cut short (an .editorconfig value ends at # or ;)")]
    [InlineData("Newsroom/Elsewhere/council.txt", "a name that is not this file's")]
    [InlineData("Articles/council.txt", "a name without the prefix the targets give")]
    [InlineData("Newsroom/", "a prefix alone")]
    public void A_resource_name_that_does_not_name_the_file_is_not_used(string resource, string why)
    {
        var run = Generate(Utf8(Council), resource);

        Assert.True(DataLine(run).Contains(Marker, StringComparison.Ordinal), why);
        Assert.Equal(Expected(Council), CompilationTests.Execute(run.OutputCompilation));
    }

    [Fact]
    public void A_file_the_compiler_did_not_read_as_UTF8_keeps_its_text_in_the_source()
    {
        // Read as Latin-1 (what csc falls back to on a Windows machine for bytes that are not UTF-8): the file's bytes
        // would not decode back to this text as UTF-8.
        var run = Generate(SourceText.From(Council, Encoding.Latin1), Resource);

        Assert.Contains(Marker, DataLine(run), StringComparison.Ordinal);
        Assert.Equal(Expected(Council), CompilationTests.Execute(run.OutputCompilation));
    }

    [Fact]
    public void A_file_with_replaced_bytes_keeps_its_text_in_the_source()
    {
        // Bytes that are not UTF-8, read with replacement (csc's fallback where the system code page is UTF-8): the
        // U+FFFD in the text stands for bytes a decoder would not give back the same way.
        var text = Council.Replace("eleven", "el\uFFFDven", StringComparison.Ordinal);
        var run = Generate(Utf8(text), Resource);

        Assert.Contains("The vote was el", DataLine(run), StringComparison.Ordinal);
        Assert.Equal(Expected(text), CompilationTests.Execute(run.OutputCompilation));
    }

    [Fact]
    public void An_embedded_file_that_is_not_the_extracted_text_fails_loudly_instead_of_giving_wrong_spans()
    {
        var run = Generate(Utf8(Council), Resource);

        var changed = Encoding.UTF8.GetBytes(Council.Replace("eleven", "twelve", StringComparison.Ordinal));
        var result = CompilationTests.Execute(run.OutputCompilation, new[] { Embedded(changed) });
        Assert.StartsWith("error: Newsroom: the article file embedded as 'Newsroom/Articles/council.txt' is not the text that was extracted", result, StringComparison.Ordinal);

        var missing = CompilationTests.Execute(run.OutputCompilation, new[] { Embedded(Encoding.UTF8.GetBytes(Council), "Newsroom/other.txt") });
        Assert.StartsWith("error: Newsroom: the article file embedded as 'Newsroom/Articles/council.txt' is not in the assembly", missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/p/Articles/a.txt", "Newsroom/Articles/a.txt", true)]
    [InlineData("C:\\p\\Articles\\a.txt", "Newsroom/Articles\\a.txt", true)]
    [InlineData("/p/Articles/a.txt", "Newsroom//p/Articles/a.txt", true)]
    [InlineData("/p/Articles/a.txt", "Newsroom/s/a.txt", false)]
    [InlineData("/p/Articles/xa.txt", "Newsroom/a.txt", false)]
    [InlineData("/p/Articles/a.txt", "Newsroom/../Articles/a.txt", false)]
    [InlineData("/p/Articles/a.txt", "", false)]
    public void The_resource_name_must_end_the_file_path(string path, string metadata, bool used)
    {
        Assert.Equal(used ? metadata : null, ResourceText.NameFor(path, metadata));
    }
}
