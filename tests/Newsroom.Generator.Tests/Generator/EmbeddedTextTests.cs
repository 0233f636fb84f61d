using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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

    private static GeneratorRun Generate(SourceText text, string? resource)
    {
        var file = new InMemoryAdditionalText(Path, text);
        var options = GeneratorHarness.ArticleOptions(file);
        if (resource is not null) options = options.WithFileOption(Path, ResourceKey, resource);
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(Probe), new[] { file }, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return run;
    }

    private static SourceText Utf8(string text) => SourceText.From(text, new UTF8Encoding(false));

    private static ResourceDescription Embedded(byte[] bytes, string name = Resource) => new(name, () => new MemoryStream(bytes), isPublic: true);

    private static string DataLine(GeneratorRun run) =>
        run.ArticleCode("CouncilVotesOnHarbourBudget").Split('\n').Single(l => l.TrimEnd().EndsWith("u8);", StringComparison.Ordinal));

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
