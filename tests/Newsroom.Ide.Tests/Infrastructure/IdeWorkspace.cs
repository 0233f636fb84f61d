using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace Newsroom.Ide.Tests.Infrastructure;

/// <summary>
/// A consumer project in a Roslyn <see cref="AdhocWorkspace"/>: .NET 10 reference assemblies, the
/// latest C# with nullable enabled, the Newsroom generator as an analyzer reference, the seed article as an additional
/// document marked as an article by a global analyzer config, and one C# document to type in. Completion and quick
/// info are Roslyn's own services (Microsoft.CodeAnalysis.CSharp.Features), found by the default MEF host once those
/// assemblies are loaded.
/// </summary>
public sealed class IdeWorkspace : IDisposable
{
    /// <summary>The folder the project's files claim to be in (never touched: every document is in memory).</summary>
    public static string Root { get; } = OperatingSystem.IsWindows() ? @"C:\consumer" : "/consumer";

    /// <summary>The seed article's path in the project, as a build's AdditionalFiles would give it.</summary>
    public static string ArticlePath { get; } = Path.Combine(Root, "Articles", "000_94ea7bb9e4850890.txt");

    /// <summary>The seed article, copied next to the tests from tests/Newsroom.Generator.Tests/Fixtures.</summary>
    public static string SeedText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt"));

    private const string Caret = "$$";

    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
    private readonly ProjectId _project;
    private readonly DocumentId _code;
    private readonly DocumentId _article;

    /// <param name="markAsArticle">Whether the global config marks the seed as an article (else it is a plain additional file).</param>
    public IdeWorkspace(bool markAsArticle = true)
    {
        _project = ProjectId.CreateNewId("Consumer");
        _code = DocumentId.CreateNewId(_project, "Program.cs");
        _article = DocumentId.CreateNewId(_project, "article");
        var config = DocumentId.CreateNewId(_project, ".globalconfig");

        var globalConfig = "is_global = true\n" +
            (markAsArticle ? $"\n[{ArticlePath.Replace('\\', '/')}]\nbuild_metadata.AdditionalFiles.NewsroomArticle = true\n" : "");

        var project = ProjectInfo.Create(
                _project, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                filePath: Path.Combine(Root, "Consumer.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: Net100.References.All,
                analyzerReferences: [new AnalyzerFileReference(GeneratorLoader.GeneratorPath, new GeneratorLoader())])
            .WithDocuments([Document(_code, Path.Combine(Root, "Program.cs"), "")])
            .WithAdditionalDocuments([Document(_article, ArticlePath, SeedText)])
            .WithAnalyzerConfigDocuments([Document(config, Path.Combine(Root, ".globalconfig"), globalConfig)]);

        if (!_workspace.TryApplyChanges(_workspace.CurrentSolution.AddProject(project)))
            throw new InvalidOperationException("The workspace refused the consumer project.");
    }

    private static DocumentInfo Document(DocumentId id, string path, string text) =>
        DocumentInfo.Create(id, Path.GetFileName(path), loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Create())), filePath: path);

    /// <summary>
    /// Replaces the article's text and applies the change to the workspace (what an editor does once it takes the new
    /// text): the next compilation runs the generator on it.
    /// </summary>
    public async Task EditArticleAsync(Func<string, string> edit)
    {
        var solution = _workspace.CurrentSolution;
        var text = (await solution.GetAdditionalDocument(_article)!.GetTextAsync()).ToString();
        var edited = solution.WithAdditionalDocumentText(_article, SourceText.From(edit(text)));
        if (!_workspace.TryApplyChanges(edited)) throw new InvalidOperationException("The workspace refused the edit.");
    }

    /// <summary>The display texts the completion service offers at <c>$$</c> in <paramref name="code"/>.</summary>
    public async Task<IReadOnlyList<string>> CompletionsAsync(string code)
    {
        var (document, position) = At(code);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("No completion service: Microsoft.CodeAnalysis.CSharp.Features is not in the MEF host.");
        var list = await service.GetCompletionsAsync(document, position);
        return list.ItemsList.Select(item => item.DisplayText).ToList();
    }

    /// <summary>The text of the hover (quick info) at <c>$$</c> in <paramref name="code"/>, its sections one a line.</summary>
    public async Task<string> QuickInfoAsync(string code)
    {
        var (document, position) = At(code);
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("No quick info service: Microsoft.CodeAnalysis.CSharp.Features is not in the MEF host.");
        var info = await service.GetQuickInfoAsync(document, position);
        return info is null ? "" : string.Join("\n", info.Sections.Select(section => section.Text));
    }

    /// <summary>The consumer project as the workspace has it now.</summary>
    public Project Project => _workspace.CurrentSolution.GetProject(_project)!;

    /// <summary>The C# document holding <paramref name="code"/> without its caret, in the current solution, and the caret's position.</summary>
    private (Document Document, int Position) At(string code)
    {
        var position = code.IndexOf(Caret, StringComparison.Ordinal);
        if (position < 0) throw new ArgumentException($"The code has no {Caret} caret.", nameof(code));
        var text = SourceText.From(code.Remove(position, Caret.Length));
        return (_workspace.CurrentSolution.WithDocumentText(_code, text).GetDocument(_code)!, position);
    }

    public void Dispose() => _workspace.Dispose();
}
