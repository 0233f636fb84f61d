using System;
using System.Collections.Generic;
using System.Threading;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// One article file, checked and extracted, with the diagnostics about it: the generator's per-file step. It uses no
/// Microsoft.CodeAnalysis type, so that the <c>newsroom</c> command runs exactly this code (and reports exactly what a
/// build would) without loading Roslyn.
/// </summary>
internal static class ArticleExtraction
{
    /// <summary>
    /// Checks the text (unreadable, blank, too large, characters that are not text, a paragraph too long) and extracts
    /// it; never throws but for cancellation (an extraction failure becomes NWS900).
    /// </summary>
    public static ExtractedArticle Run(ArticleFile file, CancellationToken ct)
    {
        var fileName = Messages.FileName(file.Path);
        var shownName = Messages.Excerpt(fileName, 200);
        var diagnostics = new List<DiagnosticInfo>();
        ExtractedArticle Done(ArticleModel model) => new(file.Path, fileName, model, diagnostics.ToEquatableArray(), file.Overrides);

        if (file.Status == ReadStatus.TooLarge)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ArticleTooLarge.Id, file.Path, FileSpan.FileStart,
                shownName, Messages.Number(file.Length), Messages.Number(file.MaxLength)));
            return Done(Empty);
        }
        if (file.Text is not { } text)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnreadableArticle.Id, file.Path, FileSpan.FileStart,
                shownName, "the compiler could not read it as text (it says why, e.g. CS2015 for a binary file)"));
            return Done(Empty);
        }

        var report = ArticleChecks.Inspect(text, ct);
        if (report.IsBinary)
        {
            var why = report.Nuls > 0
                ? "it has " + Messages.Number(report.Nuls) + " NUL character(s), so it is binary or UTF-16 without a byte order mark"
                : Messages.Number(report.NotText) + " of its " + Messages.Number(report.Visible) + " characters are not text (bytes that are not UTF-8, or control characters)";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnreadableArticle.Id, file.Path, FileSpan.FileStart, shownName, why));
            return Done(Empty);
        }
        if (report.IsBlank)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.EmptyArticle.Id, file.Path, FileSpan.FileStart, shownName));
            return Done(TextOnly(text, paragraphs: false));
        }

        LineIndex? lineIndex = null;
        LineIndex Lines() => lineIndex ??= new LineIndex(text);

        if (report.NotText > 0)
        {
            var c = text[report.FirstNotText];
            var advice = c == '\uFFFD'
                ? "the file is probably not saved as UTF-8; save it as UTF-8"
                : char.IsSurrogate(c) ? "half of a surrogate pair, which stands for no character" : "a control character, which has no place in an article";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotTextCharacters.Id, file.Path, ArticleChecks.Span(Lines(), report.FirstNotText, 1),
                Messages.Number(report.NotText), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), advice));
        }

        ArticleModel model;
        try
        {
            if (ArticleChecks.TooLongParagraph(text, ct) is { } tooLong)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ParagraphTooLong.Id, file.Path,
                    ArticleChecks.FirstLine(text, Lines(), tooLong.Paragraph.Start, tooLong.Paragraph.Length),
                    Messages.Number(tooLong.Paragraph.Length), Messages.Number(tooLong.Marks),
                    Messages.Number(ArticleChecks.MaxParagraphLength), Messages.Number(ArticleChecks.MaxParagraphMarks)));
                return Done(TextOnly(text, paragraphs: true));
            }

            model = ArticleExtractor.Extract(text, ct, file.IndirectQuotes);
            if (ModelEdits is { } edits && edits.TryGetValue(file.Path, out var edit)) model = edit(model);
            if (!ReferenceEquals(model.Text, text) && model.Text != text) throw new InvalidOperationException("the model's text is not the article's text");
            if (ArticleChecks.Problem(model) is { } problem) throw new InvalidOperationException("the model has a " + problem);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ExtractionFailed.Id, file.Path, FileSpan.FileStart,
                shownName, Messages.Excerpt(e.GetType().Name + ": " + e.Message, 300)));
            return Done(TextOnly(text, paragraphs: true));
        }

        foreach (var s in model.StrayMarks)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.StrayQuotationMark.Id, file.Path,
                ArticleChecks.Span(Lines(), s.Offset, 1), Messages.Excerpt(s.Message, 300)));
        }
        foreach (var q in model.Quotes)
        {
            // An indirect quote's source is often unnamed on purpose ("officials said"): only marked quotes are reported.
            if (q.Speaker is not null || q.Kind == QuoteKind.Indirect) continue;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnattributedQuote.Id, file.Path,
                ArticleChecks.Span(Lines(), q.Span.Start, q.Span.Length), Messages.Excerpt(model.Slice(q.Span), 60)));
        }
        return Done(model);
    }

    /// <summary>
    /// For tests only, always null in a build: a change to the extracted model of the article at a path (such as a
    /// quote's source, or an organization as speaker, which the extraction may not give yet), so that what the
    /// generator does with any model can be checked end to end. Keyed by path, so that tests running side by side
    /// never see each other's.
    /// </summary>
    internal static System.Collections.Concurrent.ConcurrentDictionary<string, Func<ArticleModel, ArticleModel>>? ModelEdits;

    /// <summary>An article with no text: what an unreadable or oversized file becomes.</summary>
    public static readonly ArticleModel Empty = TextOnly(string.Empty, paragraphs: false);

    /// <summary>The article with its text and nothing extracted: what is left when extraction fails or is not attempted.</summary>
    public static ArticleModel TextOnly(string text, bool paragraphs) => new(
        text, null, null, null,
        paragraphs && text.Length > 0 ? new[] { new TextRange(0, text.Length) }.ToEquatableArray() : EquatableArray<TextRange>.Empty,
        paragraphs ? new TextRange(0, text.Length) : new TextRange(0, 0),
        EquatableArray<string>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<ActorModel>.Empty, EquatableArray<StrayMark>.Empty);
}
