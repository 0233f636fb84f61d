using System;
using System.IO;
using System.Linq;
using System.Text;
using Newsroom.Cli.Inspection;
using Xunit;

namespace Newsroom.Cli.Tests;

/// <summary>
/// The command runs without Roslyn: it reuses the generator assembly, which references Microsoft.CodeAnalysis, but
/// must never touch a type that needs it (a user who installs the tool has no Roslyn next to it).
/// </summary>
public sealed class RoslynFreeTests
{
    [Fact]
    public void Roslyn_is_not_in_the_output_folder()
    {
        Assert.Empty(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.CodeAnalysis*.dll"));
    }

    [Fact]
    public void Inspecting_every_kind_of_article_loads_no_Roslyn_assembly()
    {
        using var temp = new TempDir();
        var paths = Fixtures.SampleArticlePaths.Concat(
        [
            Fixtures.SeedPath,
            Fixtures.SeedPath, // twice: one article
            temp.File("empty.txt", []),
            temp.File("binary.txt", [0x89, 0, 0, 0xFF]),
            temp.File("cp1252.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n', (byte)'\n', 0x93, (byte)'x', 0x94, (byte)'\n']),
            temp.File("control.txt", Encoding.UTF8.GetBytes("A\u0001 b said.\n")),
            temp.File("123.txt", Encoding.UTF8.GetBytes("123\n\n“Quoted words here,” she said.\n")),
            temp.File("same-a.txt", Encoding.UTF8.GetBytes("Same headline\n\nBody one.\n")),
            temp.File("same-b.txt", Encoding.UTF8.GetBytes("Same headline\n\nBody two.\n")),
            temp.File("wall.txt", Encoding.UTF8.GetBytes("Wall\n\n" + new string('x', 20_001))),
        ]).ToArray();

        Assert.Equal(0, Cli.Run(["inspect", "--json", .. paths]).ExitCode);
        Assert.Equal(0, Cli.Run(["inspect", .. paths]).ExitCode);
        Assert.Equal(0, Cli.Run("inspect", Fixtures.SeedPath, "--max-size", "10").ExitCode);

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_diagnostics_across_files_are_reported()
    {
        using var temp = new TempDir();
        var a = temp.File("same-a.txt", Encoding.UTF8.GetBytes("Same headline\n\nBody one.\n"));
        var b = temp.File("same-b.txt", Encoding.UTF8.GetBytes("Same headline\n\nBody two.\n"));
        var result = Cli.Run("inspect", "--json", b, a);
        var articles = result.Json().GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal("Articles.SameHeadline2", articles[0].GetProperty("member").GetString());
        Assert.Equal("Articles.SameHeadline", articles[1].GetProperty("member").GetString());
        var d = Assert.Single(articles[0].GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal("NWS006", d.GetProperty("id").GetString());
        Assert.Equal("The article 'same-b.txt' would be named Articles.SameHeadline like 'same-a.txt', which sorts first; it is named Articles.SameHeadline2", d.GetProperty("message").GetString());
        Assert.Empty(articles[1].GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Files_are_decoded_as_the_compiler_decodes_them()
    {
        // The generator's tests hold this decoder (ArticleDecoding) to Roslyn's own, byte for byte, and the command's
        // output to the generator's; here, without Roslyn, what the compiler is known to do.
        using var temp = new TempDir();
        var n = 0;
        string? Read(byte[] bytes) => ArticleFileReader.Read(temp.File($"{n++}.txt", bytes), int.MaxValue).Text;

        Assert.Equal("Café “x”", Read(Encoding.UTF8.GetBytes("Café “x”")));
        Assert.Equal("Café", Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café")]));
        Assert.Equal("Café", Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café")]));
        Assert.Equal("Café", Read([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Café")]));
        // A byte order mark says UTF-8: bad bytes become U+FFFD (reported as NWS008).
        Assert.Equal("Caf\uFFFD", Read([0xEF, 0xBB, 0xBF, (byte)'C', (byte)'a', (byte)'f', 0xE9]));
        // Not UTF-8 and no byte order mark (Windows-1252 here): csc decodes it again with its fallback, the ANSI code
        // page on Windows, and elsewhere UTF-8 that puts U+FFFD for each bad sequence.
        byte[] windows1252 = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'x', 0x94];
        if (!OperatingSystem.IsWindows()) Assert.Equal("Caf\uFFFD \uFFFDx\uFFFD", Read(windows1252));
        // Not UTF-8 with two NULs in a row: the compiler calls it binary and gives no text.
        Assert.Null(Read([0xE9, 0, 0, (byte)'a']));
    }
}
