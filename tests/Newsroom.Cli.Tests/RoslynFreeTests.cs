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
        Assert.Equal("Café “x”", ArticleFileReader.Decode(Encoding.UTF8.GetBytes("Café “x”")));
        Assert.Equal("Café", ArticleFileReader.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café")]));
        Assert.Equal("Café", ArticleFileReader.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café")]));
        Assert.Equal("Café", ArticleFileReader.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Café")]));
        // Not UTF-8 and no byte order mark: Windows-1252, as csc falls back to.
        Assert.Equal("Café “x”", ArticleFileReader.Decode([(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'x', 0x94]));
        // A byte order mark says UTF-8: bad bytes become U+FFFD (reported as NWS008).
        Assert.Equal("Caf\uFFFD", ArticleFileReader.Decode([0xEF, 0xBB, 0xBF, (byte)'C', (byte)'a', (byte)'f', 0xE9]));
        // Not UTF-8 with two NULs in a row: the compiler calls it binary and gives no text.
        Assert.Null(ArticleFileReader.Decode([0xE9, 0, 0, (byte)'a']));
    }
}
