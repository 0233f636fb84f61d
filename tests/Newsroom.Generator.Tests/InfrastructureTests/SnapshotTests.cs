using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace Newsroom.Generator.Tests.InfrastructureTests;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "newsroom-snapshot-tests", Guid.NewGuid().ToString("N"), Snapshot.DirectoryName);

    private SnapshotOptions Compare => new() { Directory = _directory, Accept = false };

    private SnapshotOptions Accept => new() { Directory = _directory, Accept = true };

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_directory)!;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private string[] Files() =>
        Directory.Exists(_directory)
            ? Directory.GetFiles(_directory).Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal).ToArray()
            : [];

    [Fact]
    public void Text_roundtrip_missing_accept_match_change_match()
    {
        const string method = "Roundtrip";

        // No verified file: fail and leave the received file.
        var missing = Assert.Throws<XunitException>(() =>
            Snapshot.VerifyText("case", "one\ntwo\n", className: "Demo", options: Compare, method: method));
        Assert.Contains("no verified file yet", missing.Message);
        Assert.Contains("+one", missing.Message);
        Assert.Equal(["Demo.Roundtrip_case.received.txt"], Files());

        // Accept: the verified file is written, the received one removed.
        Snapshot.VerifyText("case", "one\ntwo\n", className: "Demo", options: Accept, method: method);
        Assert.Equal(["Demo.Roundtrip_case.verified.txt"], Files());
        var bytes = File.ReadAllBytes(Path.Combine(_directory, "Demo.Roundtrip_case.verified.txt"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3));

        // Same text, other line endings: a match.
        Snapshot.VerifyText("case", "one\r\ntwo\r\n", className: "Demo", options: Compare, method: method);

        // A change: fail with a diff and leave the received file beside the verified one.
        var changed = Assert.Throws<XunitException>(() =>
            Snapshot.VerifyText("case", "one\nTWO\n", className: "Demo", options: Compare, method: method));
        Assert.Contains("-two", changed.Message);
        Assert.Contains("+TWO", changed.Message);
        Assert.Contains(" one", changed.Message);
        Assert.Contains(Snapshot.AcceptEnvironmentVariable, changed.Message);
        Assert.Equal(["Demo.Roundtrip_case.received.txt", "Demo.Roundtrip_case.verified.txt"], Files());

        // Back to the verified text: the stale received file goes away.
        Snapshot.VerifyText("case", "one\ntwo\n", className: "Demo", options: Compare, method: method);
        Assert.Equal(["Demo.Roundtrip_case.verified.txt"], Files());
    }

    [Fact]
    public void Text_without_name_uses_the_plain_test_name()
    {
        Snapshot.VerifyText("", "x", className: "Demo", options: Accept, method: "Plain");
        Assert.Equal(["Demo.Plain.verified.txt"], Files());
    }

    [Fact]
    public void Default_class_name_is_the_calling_file_name()
    {
        Snapshot.VerifyText("n", "x", options: Accept);
        Assert.Equal([$"{nameof(SnapshotTests)}.{nameof(Default_class_name_is_the_calling_file_name)}_n.verified.txt"], Files());
    }

    [Fact]
    public async Task Run_result_uses_the_Verify_SourceGenerators_layout()
    {
        var (texts, options) = GeneratorHarness.Articles(("articles/Alpha.txt", "Alpha headline\nBody"), ("articles/Beta.txt", ""));
        var run = GeneratorHarness.RunGenerator(new EchoGenerator(), GeneratorHarness.CreateCompilation(), texts, options);

        await Snapshot.VerifyAsync(run.Result, "Demo", Accept, method: "Run");

        Assert.Equal(
            ["Demo.Run#Alpha.g.verified.cs", "Demo.Run#Beta.g.verified.cs", "Demo.Run.verified.txt"],
            Files());
        var alpha = File.ReadAllText(Path.Combine(_directory, "Demo.Run#Alpha.g.verified.cs"));
        Assert.StartsWith("//HintName: Alpha.g.cs\n// Alpha headline\nnamespace Echo", alpha);
        var diagnostics = File.ReadAllText(Path.Combine(_directory, "Demo.Run.verified.txt"));
        Assert.Equal("ECHO001 Warning (no location): Article 'Beta' is empty\n", diagnostics);

        // Unchanged output verifies.
        await Snapshot.VerifyAsync(run.Result, "Demo", Compare, method: "Run");
    }

    [Fact]
    public async Task Run_result_snapshot_fails_on_changed_and_stale_files()
    {
        var (texts, options) = GeneratorHarness.Articles(("Alpha.txt", "First\nBody"), ("Beta.txt", "Second"));
        var compilation = GeneratorHarness.CreateCompilation();
        var both = GeneratorHarness.RunGenerator(new EchoGenerator(), compilation, texts, options);
        await Snapshot.VerifyAsync(both.Result, "Demo", Accept, method: "Stale");

        // Only Alpha, and with another first line: Alpha differs, Beta's snapshot is stale.
        var alphaOnly = GeneratorHarness.RunGenerator(
            new EchoGenerator(), compilation, [texts[0].WithText("Changed\nBody")], options);
        var failure = await Assert.ThrowsAsync<XunitException>(() =>
            Snapshot.VerifyAsync(alphaOnly.Result, "Demo", Compare, method: "Stale"));
        Assert.Contains("-// First", failure.Message);
        Assert.Contains("+// Changed", failure.Message);
        Assert.Contains("Demo.Stale#Beta.g.verified.cs: no longer produced", failure.Message);
        Assert.Contains("Demo.Stale#Alpha.g.received.cs", Files());

        // Accepting rewrites Alpha, deletes Beta's stale snapshot and the received file.
        await Snapshot.VerifyAsync(alphaOnly.Result, "Demo", Accept, method: "Stale");
        Assert.Equal(["Demo.Stale#Alpha.g.verified.cs"], Files());
    }

    [Fact]
    public async Task Generator_run_overload_includes_compiler_errors_in_the_diagnostics_file()
    {
        var run = GeneratorHarness.RunGenerator(
            new EchoGenerator(), GeneratorHarness.CreateCompilation("class C { int M() => missing; }"));
        await Snapshot.VerifyAsync(run, "Demo", Accept, method: "Errors");

        Assert.Equal(["Demo.Errors.verified.txt"], Files());
        var text = File.ReadAllText(Path.Combine(_directory, "Demo.Errors.verified.txt"));
        Assert.Equal("CS0103 Error Source0.cs(1,22)-(1,29): The name 'missing' does not exist in the current context\n", text);
    }
}
