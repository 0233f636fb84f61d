using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Newsroom.Cli.Tests;

/// <summary>
/// The packed tool, as a user gets it: <c>dotnet pack</c>, <c>dotnet tool install --tool-path</c>, then the installed
/// <c>newsroom</c>. Everything happens in a temp folder: the build output (<c>--artifacts-path</c>, so the repo's bin/obj
/// are untouched), the package feed, a NuGet config with only that feed, and the packages folder of the install
/// (NUGET_PACKAGES), so no package of a test run ever lands in the user's global cache. The version is unique per
/// run besides. The installed tool has no Microsoft.CodeAnalysis next to it, so running it proves it never loads Roslyn.
/// </summary>
public sealed class ToolTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Fact]
    public void Packed_tool_installs_and_inspects_the_seed()
    {
        using var temp = new TempDir();
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8];
        var feed = Path.Combine(temp.Path, "feed");
        var tools = Path.Combine(temp.Path, "tools");
        var project = Path.Combine(Fixtures.RepoRoot, "src", "Newsroom.Cli", "Newsroom.Cli.csproj");

        var pack = Run(Dotnet, ["pack", project, "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(temp.Path, "artifacts"),
            "-p:Version=" + version, "--disable-build-servers", "-nologo",
            // One build node: `dotnet test Generator.sln` runs the generator's tests beside this one on a small machine.
            "-maxcpucount:1"], Fixtures.RepoRoot);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Out + pack.Error);
        Assert.True(File.Exists(Path.Combine(feed, $"Newsroom.Cli.{version}.nupkg")), "no package in " + feed);

        var config = Path.Combine(temp.Path, "nuget.config");
        File.WriteAllText(config,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
            $"    <add key=\"test-feed\" value=\"{feed}\" />\n  </packageSources>\n</configuration>\n");
        var install = Run(Dotnet, ["tool", "install", "Newsroom.Cli", "--tool-path", tools, "--version", version, "--configfile", config],
            temp.Path, new() { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "packages") });
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Out + install.Error);

        Assert.Empty(Directory.GetFiles(tools, "Microsoft.CodeAnalysis*.dll", SearchOption.AllDirectories));
        var newsroom = Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "newsroom.exe" : "newsroom");

        var versionRun = Run(newsroom, ["--version"], temp.Path);
        Assert.Equal(0, versionRun.ExitCode);
        Assert.Equal(version, versionRun.Out.Trim());

        var seed = Path.Combine(temp.Path, "seed.txt");
        File.Copy(Fixtures.SeedPath, seed);
        var inspect = Run(newsroom, ["inspect", "seed.txt", "--json"], temp.Path);
        Assert.True(inspect.ExitCode == 0, "newsroom inspect failed:\n" + inspect.Out + inspect.Error);
        Assert.Equal("", inspect.Error);
        using var doc = JsonDocument.Parse(inspect.Out);
        var article = Assert.Single(doc.RootElement.GetProperty("articles").EnumerateArray().ToList());
        Assert.Equal("seed.txt", article.GetProperty("path").GetString());
        Assert.Equal(14, article.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("kind").GetString() != "indirect"));
        Assert.Equal(3, article.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("kind").GetString() == "indirect"));
        Assert.Equal("Anthony Blinken", article.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Equal([("NWS001", 15), ("NWS001", 29)],
            article.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("id").GetString(), d.GetProperty("line").GetInt32())));

        var missing = Run(newsroom, ["inspect", "missing.txt"], temp.Path);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("newsroom: cannot read 'missing.txt': no such file", missing.Error.Trim());
    }

    /// <summary>The dotnet that runs this test (its runtime lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/).</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string Dotnet => Path.Combine(DotnetRoot, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet");

    private sealed record Output(int ExitCode, string Out, string Error);

    private static Output Run(string file, IEnumerable<string> args, string workingDirectory, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // `dotnet test` runs this test inside an MSBuild-started host; its MSBuild variables would steer the nested
        // `dotnet pack` to the outer build's SDK state. The child gets a plain environment instead.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["DOTNET_ROOT"] = DotnetRoot; // the installed tool's launcher finds the runtime there
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {Timeout}");
        }
        Task.WaitAll(output, error);
        return new Output(process.ExitCode, output.Result, error.Result);
    }
}
