using System.Threading.Tasks;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// Reviewed snapshots of what the generator writes. Set NEWSROOM_ACCEPT_SNAPSHOTS=1 to accept a change, then read the
/// diff of Snapshots/ line by line before committing it. The fixed types are left out: they are the files of
/// src/Newsroom.Generator/Emit/Api/ as they are, which <see cref="FixedTypesTests"/> checks.
/// </summary>
public class GeneratorSnapshotTests
{
    private static readonly SnapshotOptions WithoutFixedTypes = new() { SkipHintPrefixes = ["Newsroom.Types."] };

    [Fact]
    public Task Seed_article_generates_its_data_catalog_and_two_stray_mark_warnings()
    {
        var (texts, options) = GeneratorHarness.Articles(("/project/Articles/" + Fixture.SeedFileName, Fixture.SeedText));
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), texts, options);

        Assert.Empty(run.Exceptions);
        return Snapshot.VerifyAsync(run, className: nameof(GeneratorSnapshotTests), options: WithoutFixedTypes);
    }

    [Fact]
    public Task Without_articles_only_the_fixed_types_and_an_empty_catalog_are_generated()
    {
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation());

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics);
        return Snapshot.VerifyAsync(run, className: nameof(GeneratorSnapshotTests), options: WithoutFixedTypes);
    }
}
