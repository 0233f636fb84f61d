using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>Settings of one snapshot check; the defaults suit every ordinary test.</summary>
public sealed record SnapshotOptions
{
    /// <summary>Where the snapshot files are; by default the <c>Snapshots</c> folder beside the calling test's source file.</summary>
    public string? Directory { get; init; }

    /// <summary>
    /// Write the verified files instead of comparing (and pass). By default on when the environment variable
    /// <see cref="Snapshot.AcceptEnvironmentVariable"/> is <c>1</c> (or <c>true</c>).
    /// </summary>
    public bool? Accept { get; init; }

    /// <summary>Unchanged lines shown around each change in a failure's diff.</summary>
    public int ContextLines { get; init; } = TextDiff.DefaultContextLines;

    /// <summary>Generated sources whose hint name starts with one of these are left out (checked some other way).</summary>
    public IReadOnlyList<string> SkipHintPrefixes { get; init; } = [];
}

/// <summary>One file of a snapshot, before the <c>.verified.</c>/<c>.received.</c> part of its name.</summary>
/// <param name="Suffix">What follows <c>{Class}.{Method}</c> in the file name: <c>#{name}</c> for a generated source, empty for the diagnostics file.</param>
/// <param name="Extension">File extension without the dot (<c>cs</c>, <c>txt</c>).</param>
/// <param name="Content">The content, lines separated by <c>\n</c>.</param>
public sealed record SnapshotFile(string Suffix, string Extension, string Content);

/// <summary>
/// Approval ("snapshot") testing of generator output and other text, in the file layout of Verify.SourceGenerators so
/// that moving to Verify later only swaps the package.
/// </summary>
/// <remarks>
/// <para>For a test method <c>Method</c> in <c>Class</c> (by default the calling file's name, which by convention is
/// the test class's), the files in <c>Snapshots/</c> beside the test file are:</para>
/// <list type="bullet">
/// <item><c>{Class}.{Method}#{name}.verified.{ext}</c> per generated source, ordered by hint name, where
/// <c>{name}.{ext}</c> is the file name of the hint name as Verify takes it: hint name <c>Reports/Story.g.cs</c> gives
/// <c>{Class}.{Method}#Story.g.verified.cs</c>. The content is the line <c>//HintName: {hint name}</c>, then the source;</item>
/// <item><c>{Class}.{Method}.verified.txt</c> with the diagnostics, one per line
/// (<c>{id} {severity} {path}({line},{column})-({line},{column}): {message}</c>, 1-based), only when there are any.
/// Verify writes this file in its own JSON-like format instead, so it needs re-accepting after a switch.</item>
/// </list>
/// <para>Comparison ignores a BOM and the kind of line endings. On a mismatch, or when a verified file is missing, the
/// actual content is written beside it as <c>.received.{ext}</c> (git ignores those) and the test fails with a unified
/// diff; a verified file the test no longer produces fails it too. When everything matches, leftover received files of
/// the test are deleted.</para>
/// <para>To accept the current output, run the tests with <c>NEWSROOM_ACCEPT_SNAPSHOTS=1</c> (verified files are
/// written, stale ones deleted, and the test passes), or rename the received files. Files are written as UTF-8 with a
/// BOM and <c>\n</c> line endings, like Verify's. Unlike Verify there is no scrubbing (GUIDs, dates, paths) and no
/// automatic naming per theory parameter: pass a distinct <c>method</c> (e.g. <c>$"{nameof(Test)}_{case}"</c>).</para>
/// </remarks>
public static class Snapshot
{
    /// <summary>Set to <c>1</c> to accept (write) snapshots instead of comparing them.</summary>
    public const string AcceptEnvironmentVariable = "NEWSROOM_ACCEPT_SNAPSHOTS";

    /// <summary>Name of the folder, beside the test file, that holds its snapshots.</summary>
    public const string DirectoryName = "Snapshots";

    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Whether <see cref="AcceptEnvironmentVariable"/> asks to accept snapshots.</summary>
    public static bool AcceptFromEnvironment =>
        Environment.GetEnvironmentVariable(AcceptEnvironmentVariable) is { } value
        && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks the generated sources and the generator diagnostics of <paramref name="result"/> against the verified
    /// snapshot files (see the class remarks). Fails first with the generator's exception if one threw.
    /// </summary>
    /// <param name="result">The run result (<c>driver.GetRunResult()</c> or <see cref="GeneratorRun.Result"/>).</param>
    /// <param name="className">The <c>{Class}</c> part of the file names; by default the calling file's name.</param>
    /// <param name="options">Directory, accept mode and diff context; defaults otherwise.</param>
    /// <param name="file">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="method">Filled in by the compiler: the calling test method.</param>
    public static Task VerifyAsync(
        GeneratorDriverRunResult result,
        string? className = null,
        SnapshotOptions? options = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string method = "") =>
        AsTask(() => VerifyRunResult(result, result.Diagnostics, className, options, file, method));

    /// <summary>
    /// Like <see cref="VerifyAsync(GeneratorDriverRunResult, string?, SnapshotOptions?, string, string)"/>, but the
    /// diagnostics file lists <see cref="GeneratorRun.Diagnostics"/>: the generator's diagnostics plus the warnings and
    /// errors of the compilation with the generated code, so generated code that does not compile shows up too.
    /// </summary>
    public static Task VerifyAsync(
        GeneratorRun run,
        string? className = null,
        SnapshotOptions? options = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string method = "") =>
        AsTask(() => VerifyRunResult(run.Result, run.Diagnostics, className, options, file, method));

    /// <summary>
    /// Checks any text against <c>{Class}.{Method}_{name}.verified.{extension}</c> (or <c>{Class}.{Method}.verified.{extension}</c>
    /// when <paramref name="name"/> is empty), Verify's naming for a text with a parameter name.
    /// </summary>
    public static void VerifyText(
        string name,
        string text,
        string extension = "txt",
        string? className = null,
        SnapshotOptions? options = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string method = "")
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var suffix = string.IsNullOrEmpty(name) ? string.Empty : "_" + name;
        var target = Target.Resolve(className, options, file, method);
        Compare(target, [new SnapshotFile(suffix, extension.TrimStart('.'), TextDiff.Normalize(text))], staleSuffixes: null);
    }

    /// <summary>
    /// The snapshot files for a run result: one per generated source (ordered by hint name), then the diagnostics file
    /// when <paramref name="diagnostics"/> is not empty.
    /// </summary>
    public static IReadOnlyList<SnapshotFile> RenderRunResult(GeneratorDriverRunResult result, IEnumerable<Diagnostic> diagnostics, IReadOnlyList<string>? skipHintPrefixes = null)
    {
        var files = new List<SnapshotFile>();
        var sources = result.Results.SelectMany(r => r.GeneratedSources)
            .Where(s => skipHintPrefixes is null || !skipHintPrefixes.Any(p => s.HintName.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(s => s.HintName, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            // Verify.SourceGenerators names the target after the generated tree's file name, split at its last dot.
            var fileName = Path.GetFileName(source.SyntaxTree.FilePath is { Length: > 0 } path ? path : source.HintName);
            var extension = Path.GetExtension(fileName).TrimStart('.');
            var name = Path.GetFileNameWithoutExtension(fileName);
            var content = TextDiff.Normalize($"//HintName: {source.HintName}\n{source.SourceText}");
            files.Add(new SnapshotFile("#" + name, extension.Length > 0 ? extension : "cs", content));
        }

        var duplicate = files.GroupBy(f => (f.Suffix, f.Extension)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Several generated sources would share the snapshot file name '{duplicate.Key.Suffix}.{duplicate.Key.Extension}' " +
                "(their hint names differ only in folders); give them distinct file names.");
        }

        var lines = GeneratorRun.SortDiagnostics(diagnostics).Select(FormatDiagnostic).ToArray();
        if (lines.Length > 0) files.Add(new SnapshotFile(string.Empty, "txt", string.Join("\n", lines) + "\n"));
        return files;
    }

    /// <summary>
    /// One diagnostic on one line: <c>{id} {severity} {path}({line},{column})-({line},{column}): {message}</c>, lines and
    /// columns 1-based, the message in the invariant culture with line breaks written as <c>\n</c>.
    /// </summary>
    public static string FormatDiagnostic(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture).ReplaceLineEndings("\\n");
        return $"{diagnostic.Id} {diagnostic.Severity} {FormatLocation(diagnostic.Location)}: {message}";
    }

    private static string FormatLocation(Location location)
    {
        if (location.Kind == LocationKind.None) return "(no location)";
        var span = location.GetLineSpan();
        if (!span.IsValid) return $"({location.Kind})";
        var (start, end) = (span.StartLinePosition, span.EndLinePosition);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{span.Path}({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1})");
    }

    private static Task AsTask(Action verify)
    {
        try
        {
            verify();
            return Task.CompletedTask;
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }

    private static void VerifyRunResult(
        GeneratorDriverRunResult result,
        IEnumerable<Diagnostic> diagnostics,
        string? className,
        SnapshotOptions? options,
        string file,
        string method)
    {
        // A generator that threw produced nothing worth comparing: surface its exception as the failure, as Verify does.
        var exceptions = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToArray();
        if (exceptions.Length == 1) ExceptionDispatchInfo.Capture(exceptions[0]).Throw();
        if (exceptions.Length > 1) throw new AggregateException(exceptions);

        var target = Target.Resolve(className, options, file, method);
        // Verified files of this test that the run no longer produces: other '#…' sources and the diagnostics file.
        Compare(target, RenderRunResult(result, diagnostics, options?.SkipHintPrefixes), staleSuffixes: ["#*", ""]);
    }

    /// <summary>
    /// Compares (or, in accept mode, writes) <paramref name="files"/>; <paramref name="staleSuffixes"/> are file-name
    /// patterns of this test's verified files that must not exist unless among <paramref name="files"/>.
    /// </summary>
    private static void Compare(Target target, IReadOnlyList<SnapshotFile> files, string[]? staleSuffixes)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var failures = new StringBuilder();

        foreach (var snapshot in files)
        {
            var verifiedPath = target.PathOf(snapshot, "verified");
            var receivedPath = target.PathOf(snapshot, "received");
            expected.Add(Path.GetFileName(verifiedPath));
            expected.Add(Path.GetFileName(receivedPath));

            var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
            var matches = verified is not null
                && string.Equals(TextDiff.Normalize(verified), snapshot.Content, StringComparison.Ordinal);

            if (target.Accept)
            {
                if (!matches) Write(verifiedPath, snapshot.Content);
                DeleteIfExists(receivedPath);
            }
            else if (matches)
            {
                DeleteIfExists(receivedPath);
            }
            else
            {
                Write(receivedPath, snapshot.Content);
                var relative = target.Relative(verifiedPath);
                failures.Append(verified is null
                    ? $"\n{relative}: no verified file yet; received {Path.GetFileName(receivedPath)}:\n"
                    : $"\n{relative}: differs from {Path.GetFileName(receivedPath)}:\n");
                failures.Append(TextDiff.Unified(verified ?? string.Empty, snapshot.Content,
                    Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath), target.ContextLines));
                failures.Append('\n');
            }
        }

        foreach (var suffix in staleSuffixes ?? [])
        {
            foreach (var kind in new[] { "verified", "received" })
            {
                var pattern = $"{target.Prefix}{suffix}.{kind}.{(suffix.Length == 0 ? "txt" : "*")}";
                if (!Directory.Exists(target.Directory)) continue;
                foreach (var path in Directory.EnumerateFiles(target.Directory, pattern).OrderBy(p => p, StringComparer.Ordinal))
                {
                    if (expected.Contains(Path.GetFileName(path))) continue;
                    if (kind == "received" || target.Accept)
                    {
                        File.Delete(path);
                    }
                    else
                    {
                        failures.Append($"\n{target.Relative(path)}: no longer produced by the test; delete it (or accept).\n");
                    }
                }
            }
        }

        if (failures.Length > 0)
        {
            throw new XunitException(
                $"Snapshot mismatch for {target.Prefix} in {target.Directory}:\n{failures}\n" +
                $"If the new output is right, rerun with {AcceptEnvironmentVariable}=1 or rename the .received files to .verified.");
        }
    }

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8WithBom);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>Where and under which name one test's snapshots live.</summary>
    private sealed record Target(string Directory, string Prefix, bool Accept, int ContextLines)
    {
        public static Target Resolve(string? className, SnapshotOptions? options, string file, string method)
        {
            options ??= new SnapshotOptions();
            if (string.IsNullOrEmpty(method)) throw new ArgumentException("A test method name is needed.", nameof(method));

            string directory;
            if (options.Directory is not null)
            {
                directory = options.Directory;
            }
            else
            {
                var sourceDirectory = string.IsNullOrEmpty(file) ? null : Path.GetDirectoryName(file);
                if (sourceDirectory is null || !System.IO.Directory.Exists(sourceDirectory))
                {
                    throw new InvalidOperationException(
                        $"Cannot find the test's source folder from its [CallerFilePath] '{file}'. Snapshots live beside " +
                        "the test sources: build from the source tree without path mapping, or set SnapshotOptions.Directory.");
                }
                directory = Path.Combine(sourceDirectory, DirectoryName);
            }

            className ??= Path.GetFileNameWithoutExtension(file);
            if (string.IsNullOrEmpty(className)) throw new ArgumentException("A class name is needed.", nameof(className));

            var prefix = $"{className}.{method}";
            if (prefix.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || prefix.IndexOfAny(['*', '?']) >= 0)
            {
                throw new ArgumentException($"'{prefix}' cannot be part of a file name.");
            }
            return new Target(Path.GetFullPath(directory), prefix, options.Accept ?? AcceptFromEnvironment, options.ContextLines);
        }

        public string PathOf(SnapshotFile file, string kind)
        {
            var name = $"{Prefix}{file.Suffix}.{kind}.{file.Extension}";
            if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.IndexOfAny(['*', '?']) >= 0)
            {
                throw new ArgumentException($"'{name}' cannot be a file name.");
            }
            return Path.Combine(Directory, name);
        }

        public string Relative(string path) => Path.GetRelativePath(Path.GetDirectoryName(Directory) ?? Directory, path);
    }
}
