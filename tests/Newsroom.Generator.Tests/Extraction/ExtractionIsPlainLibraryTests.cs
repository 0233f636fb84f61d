using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>The extraction core (text in, model out) uses no compiler type, so tests, benchmarks and tools call it directly.</summary>
public class ExtractionIsPlainLibraryTests
{
    [Fact]
    public void No_source_file_of_the_extraction_core_mentions_Microsoft_CodeAnalysis()
    {
        var folder = Path.Combine(RepoRoot(), "src", "Newsroom.Generator", "Extraction");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var offenders = files.Where(f => File.ReadAllText(f).Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_member_of_the_extraction_core_exposes_a_compiler_type()
    {
        var types = typeof(Newsroom.Generator.Extraction.ArticleExtractor).Assembly.GetTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Newsroom.Generator.Extraction", StringComparison.Ordinal));
        foreach (var type in types)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var used = member switch
                {
                    FieldInfo f => new[] { f.FieldType },
                    PropertyInfo p => new[] { p.PropertyType },
                    MethodInfo m => m.GetParameters().Select(x => x.ParameterType).Append(m.ReturnType).ToArray(),
                    ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType).ToArray(),
                    _ => Array.Empty<Type>(),
                };
                Assert.DoesNotContain(used, t => (t.Namespace ?? "").StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
            }
        }
    }

    private static string RepoRoot([CallerFilePath] string file = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(file)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found from " + file);
    }
}
