using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Cli.Inspection;

/// <summary>
/// Runs the generator's own per-file step (<see cref="ArticleExtraction"/>) and naming (<see cref="Naming"/>) over the
/// files given, so that what is shown is what a build of a project with these articles would generate and report.
/// </summary>
internal static class Inspector
{
    public static List<InspectedArticle> Inspect(IReadOnlyList<string> paths, int maxLength, CancellationToken cancellationToken)
    {
        var results = new List<InspectedArticle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // The compiler knows articles by full path, and names them in full-path order; a file given twice is one article.
            var fullPath = Path.GetFullPath(path);
            if (!seen.Add(fullPath)) continue;
            ArticleFile file;
            try
            {
                file = ArticleFileReader.Read(fullPath, maxLength);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                results.Add(InspectedArticle.Unreadable(path, e is FileNotFoundException ? "no such file" : e.Message));
                continue;
            }
            var extracted = ArticleExtraction.Run(file, cancellationToken);
            results.Add(new InspectedArticle(path, extracted, null, [], null));
        }

        var read = results.Where(r => r.Article is not null).ToList();
        var naming = Naming.Assign(read.Select(r => Naming.Summarize(r.Article!)), cancellationToken);
        // One actor per kind and name across the files, as in the generated Actors class (an article's name for an actor
        // joined across the files, such as "Trump" for Donald Trump, is looked up by the joined name).
        var actorMembers = new Dictionary<(Newsroom.Generator.Extraction.Model.ActorKind, string), string>();
        foreach (var actor in naming.Table.Actors) actorMembers[(actor.Kind, actor.Name)] = actor.Member;
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.Article is not { } article) continue;
            var names = naming.Table.Articles.FirstOrDefault(n => n.Path == article.Path);
            var diagnostics = article.Diagnostics.Concat(naming.Diagnostics.Where(d => d.Path == article.Path))
                .Select(ToFinding)
                .OrderBy(f => f.Span.Start)
                .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
                .ToList();
            var members = article.Model.Actors
                .Select((x, k) => actorMembers.TryGetValue((x.Kind, names?.NameOf(k, x.Name) ?? x.Name), out var m) ? m : "").ToList();
            results[i] = r with { Names = names, Diagnostics = diagnostics, ActorMembers = members };
        }
        return results;
    }

    private static Finding ToFinding(DiagnosticInfo d)
    {
        // As the generator's ToDiagnostic: an unknown ID (never, but never throw) reports as NWS900.
        var rule = DiagnosticRules.ById(d.Id) ?? DiagnosticRules.ExtractionFailed;
        return new Finding(rule, rule.Format(d.Arguments), d.Span);
    }
}
