using System;
using System.IO;
using System.Linq;

namespace Newsroom.Cli.Tests;

/// <summary>Files the tests read, and the repository they come from.</summary>
internal static class Fixtures
{
    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt");

    public static string SeedGoldPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.gold.json");

    public static string[] SampleArticlePaths =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SampleArticles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>The folder with Generator.sln above the test's output folder.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

/// <summary>A folder under the system's temp folder, deleted at the end of the test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsroom-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
