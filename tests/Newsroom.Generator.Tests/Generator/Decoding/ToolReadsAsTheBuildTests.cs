using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Generator.Robustness;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Decoding;

/// <summary>
/// <c>newsroom inspect</c> reads a file exactly as the build does: the same bytes, given to the generator as the
/// compiler decodes them (<see cref="InMemoryAdditionalText"/>, through Roslyn's own decoder) and to the command as a
/// file, give the same text, paragraphs, quotes and diagnostics (IDs, messages, offsets, lines and columns).
/// </summary>
public sealed class ToolReadsAsTheBuildTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsroom-decoding-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string WriteArticle(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, "Articles", EncodedFiles.FileName(name));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs both on <paramref name="bytes"/> and compares; returns the generator's diagnostic IDs.</summary>
    private string[] AssertSameReading(string name, byte[] bytes)
    {
        var path = WriteArticle(name, bytes);
        var run = Robust.Run([new InMemoryAdditionalText(path, bytes)]);
        var (exit, json) = NewsroomTool.InspectJson(path);
        Assert.Equal(0, exit);
        var tool = Assert.Single(json.GetProperty("articles").EnumerateArray().ToList());
        var model = Robust.Extracted(run, path).Model;

        Assert.Equal(model.Text.Length, tool.GetProperty("length").GetInt32());
        Assert.Equal(
            model.Paragraphs.Select(p => model.Slice(p)),
            tool.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.Equal(
            model.Quotes.Select(q => $"{q.Kind} {q.Span.Start}-{q.Span.End} {q.Position.Line}:{q.Position.Column} {q.Speaker} {q.Verb}".ToLowerInvariant()),
            tool.GetProperty("quotes").EnumerateArray().Select(q => $"{q.GetProperty("kind")} {q.GetProperty("start")}-{q.GetProperty("end")} {q.GetProperty("line")}:{q.GetProperty("column")} {q.GetProperty("speaker")} {q.GetProperty("verb")}".ToLowerInvariant()));

        var built = run.GeneratorDiagnostics
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Describe).ToArray();
        var shown = tool.GetProperty("diagnostics").EnumerateArray().Select(Describe).ToArray();
        Assert.Equal(built, shown);
        return run.GeneratorDiagnostics.Select(d => d.Id).ToArray();
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan().Span;
        return string.Create(CultureInfo.InvariantCulture,
            $"{d.Id} {d.Location.SourceSpan.Start}-{d.Location.SourceSpan.End} ({span.Start.Line + 1},{span.Start.Character + 1})-({span.End.Line + 1},{span.End.Character + 1}) {d.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static string Describe(JsonElement d) =>
        $"{d.GetProperty("id")} {d.GetProperty("start")}-{d.GetProperty("end")} ({d.GetProperty("line")},{d.GetProperty("column")})-({d.GetProperty("endLine")},{d.GetProperty("endColumn")}) {d.GetProperty("message")}";

    [Theory]
    [MemberData(nameof(EncodedFiles.Names), MemberType = typeof(EncodedFiles))]
    public void The_tool_reads_the_bytes_the_generator_gets_as_the_build_does(string name)
    {
        AssertSameReading(name, EncodedFiles.All[name]);
    }

    /// <summary>
    /// The reported case: a Windows-1252 article. Where the compiler falls back to UTF-8 (Linux, macOS), the build
    /// reads U+FFFD for each of its three special characters and reports NWS008; the tool said nothing.
    /// </summary>
    [Fact]
    public void A_Windows_1252_article_gives_the_build_s_warning()
    {
        var ids = AssertSameReading("windows-1252", EncodedFiles.All["windows-1252"]);
        if (ArticleDecoding.CompilerFallback.CodePage == 65001) Assert.Contains("NWS008", ids);
        else Assert.DoesNotContain("NWS008", ids);
    }
}
