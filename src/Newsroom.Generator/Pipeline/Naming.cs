using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// Chooses every generated name from the collected summaries, in path order so that the result does not depend
/// on the order the compiler hands files over: article members, actor members (one actor for one name across
/// articles), speaker classes under <c>Quotes</c> and quote members.
/// </summary>
internal static partial class Naming
{
    // Members the fixed types already have, and names a member may not take in its container.
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize" };
    private static readonly string[] ArticlesReserved = { "Articles", "All", "ByFileName", "s_all" };
    private static readonly string[] ActorsReserved = { "Actors", "All", "Find", "OfKind", "s_index" };
    private static readonly string[] QuotesReserved = { "Quotes", "All", "s_all", UnattributedClass };

    public const string UnattributedClass = "Unattributed";

    public static ArticleSummary Summarize(ExtractedArticle article)
    {
        var m = article.Model;
        string title;
        TitleSource source;
        var span = FileSpan.FileStart;
        if (m.Headline is { } h || m.Lede.Length > 0)
        {
            var range = m.Headline ?? m.Lede;
            source = m.Headline is null ? TitleSource.Lede : TitleSource.Headline;
            title = m.Slice(range);
            span = ArticleChecks.FirstLine(m.Text, new LineIndex(m.Text), range.Start, range.Length);
        }
        else
        {
            title = StemOf(article.FileName);
            source = TitleSource.FileName;
        }
        if (article.Headline is { } given)
        {
            title = given;
            source = TitleSource.Headline;
        }
        if (title.Length > 160) title = title.Substring(0, char.IsHighSurrogate(title[159]) ? 159 : 160);
        var quotes = new QuoteSummary[m.Quotes.Count];
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = m.Quotes[i];
            if (q.Kind == QuoteKind.Indirect)
            {
                // Reported speech is not the speaker's words: no member, so no name.
                quotes[i] = new QuoteSummary(ActorIndexOf(m.Actors, q.Speaker), "", Indirect: true);
                continue;
            }
            // The name of the quote's member: the first words of its first 80 characters (not cutting a character in two).
            var end = q.Span.Start + System.Math.Min(q.Span.Length, 80);
            if (end > q.Span.Start && char.IsHighSurrogate(m.Text[end - 1])) end--;
            var name = Identifiers.Pascal(m.Text, q.Span.Start, end, 5, 48);
            quotes[i] = new QuoteSummary(ActorIndexOf(m.Actors, q.Speaker), name.Length == 0 ? "Quote" : name);
        }
        var actorNames = new string[m.Actors.Count];
        for (var i = 0; i < actorNames.Length; i++) actorNames[i] = Identifiers.Pascal(m.Actors[i].Name, 8, 64);
        return new ArticleSummary(article.Path, article.FileName, article.Overrides.MemberName, title, source, span,
            Identifiers.Pascal(title, 8, 56), new EquatableArray<QuoteSummary>(quotes), m.Actors, new EquatableArray<string>(actorNames));
    }


    /// <summary>
    /// Every generated name, from the summaries of all articles. The result is that of <see cref="AssignFresh"/> (one
    /// pass over every summary); when the summaries are those of the last call for the same articles but for one edited
    /// article (the IDE's loop), only what that article's names reach is done again (<see cref="State.Update"/>).
    /// </summary>
    public static NamingResult Assign(IEnumerable<ArticleSummary> summaries, CancellationToken cancellationToken)
    {
        var articles = Sorted(summaries);
        var state = State.Take(articles);
        var result = state?.Update(articles, cancellationToken);
        if (result is null)
        {
            state = new State();
            result = state.Build(articles, cancellationToken);
        }
        State.Keep(state!);
        return result;
    }

    /// <summary>Every generated name in one pass over every summary, nothing kept from an earlier call.</summary>
    internal static NamingResult AssignFresh(IEnumerable<ArticleSummary> summaries, CancellationToken cancellationToken) =>
        new State().Build(Sorted(summaries), cancellationToken);

    private static ArticleSummary[] Sorted(IEnumerable<ArticleSummary> summaries)
    {
        var articles = summaries.ToArray();
        var paths = new string[articles.Length];
        for (var i = 0; i < paths.Length; i++) paths[i] = articles[i].Path;
        Array.Sort(paths, articles, StringComparer.Ordinal); // the paths are distinct: any sort gives one order
        return articles;
    }

    /// <summary>The quote members taken in one speaker's class.</summary>
    private sealed class QuoteNames
    {
        /// <summary>
        /// For each name: whether a member has it, and the last number given to a quote whose opening words made it (so
        /// that the hundredth quote with the same name does not try the ninety-nine numbers before it again). One
        /// dictionary, sized for the class's quotes up front: this pass reruns whenever an edit changes a name.
        /// </summary>
        private readonly Dictionary<string, (bool Taken, int Last)> _names;

        public QuoteNames(int quotes) => _names = new Dictionary<string, (bool, int)>(quotes + quotes / 2, StringComparer.Ordinal);

        /// <summary>
        /// <paramref name="name"/>, or the first of name2, name3, … that no other member of class <paramref name="cls"/>
        /// has and that is neither the class's own name, nor a member every object has, nor the field of the class's
        /// quote table. (A number tried once for a name is never free again: the search goes on from the last one.)
        /// </summary>
        public string Unique(string cls, string name)
        {
            _names.TryGetValue(name, out var own);
            for (var n = own.Last + 1; ; n++)
            {
                var candidate = n == 1 ? name : name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (candidate == cls || candidate == Emit.QuoteEmitter.TableField || Array.IndexOf(ObjectMembers, candidate) >= 0) continue;
                if (n == 1)
                {
                    if (own.Taken) continue;
                    _names[name] = (true, 1);
                    return name;
                }
                _names.TryGetValue(candidate, out var other);
                if (other.Taken) continue;
                _names[candidate] = (true, other.Last);
                _names[name] = (own.Taken, n);
                return candidate;
            }
        }
    }

    /// <summary>
    /// The article's member under <c>Articles</c>: PascalCase words of its title, unique. Reports NWS007 when the title
    /// could not be used as it is, and NWS006 when an article that sorts first already has the name.
    /// </summary>
    private static string ArticleMember(ArticleSummary a, HashSet<string> taken, Dictionary<string, ArticleSummary> owners, List<DiagnosticInfo> diagnostics)
    {
        var reasons = new List<string>();
        var natural = a.TitleName;
        if (a.MemberName is { } given)
        {
            // The project's MemberName wins; it is only made legal (and unique), never reworded.
            var legal = Identifiers.Pascal(given, 64, 128);
            if (legal.Length > 0)
            {
                if (legal != given && legal.TrimStart('@', '_') != given) reasons.Add("the MemberName '" + Messages.Excerpt(given, 100) + "' is not a C# name as it is");
                natural = legal;
            }
            else
            {
                reasons.Add("the MemberName '" + Messages.Excerpt(given, 100) + "' has no letter or digit a C# name can use, so the name comes from the article");
            }
        }
        if (natural.Length == 0)
        {
            natural = Identifiers.Pascal(StemOf(a.FileName), 8, 56);
            if (natural.Length == 0) natural = "Article";
            if (a.Source != TitleSource.FileName)
            {
                reasons.Add("its " + (a.Source == TitleSource.Headline ? "headline" : "first paragraph") + " has no letter or digit a C# name can use, so the name comes from "
                    + (natural == "Article" ? "the word Article" : "the file name"));
            }
        }
        if (HasAstralLetters(a.Title)) reasons.Add("letters outside the Basic Multilingual Plane cannot be part of a C# name and were left out");
        if (natural.StartsWith("_", StringComparison.Ordinal)) reasons.Add("a C# name cannot start with '" + natural.Substring(1, char.IsHighSurrogate(natural[1]) ? 2 : 1) + "', so '_' was put before it");
        if (natural.StartsWith("@", StringComparison.Ordinal)) reasons.Add("'" + natural.Substring(1) + "' is a C# keyword, so '@' was put before it");

        var member = natural;
        if (taken.Contains(natural) && !owners.ContainsKey(natural))
        {
            member = Identifiers.Unique(natural, taken);
            reasons.Add("'" + natural + "' is a name of the Newsroom API itself, so a number was added");
        }
        else if (owners.TryGetValue(natural, out var owner))
        {
            member = Identifiers.Unique(natural, taken);
            var other = owner.FileName == a.FileName ? owner.Path : owner.FileName;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.DuplicateArticleName.Id, a.Path, a.TitleSpan,
                Messages.Excerpt(a.FileName, 200), natural, Messages.Excerpt(other, 300), member));
        }
        else
        {
            taken.Add(natural);
        }
        owners[member] = a;

        if (reasons.Count > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ArticleNameChanged.Id, a.Path, a.TitleSpan,
                Messages.Excerpt(a.FileName, 200), member, string.Join("; ", reasons)));
        }
        return member;
    }

    /// <summary>Whether <paramref name="text"/> has a letter or digit outside the BMP (a surrogate pair), which no identifier can hold.</summary>
    private static bool HasAstralLetters(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i)) return true;
        }
        return false;
    }

    public const string CatalogHintName = "Newsroom.Catalog.g.cs";

    /// <summary>The index in <paramref name="actors"/> of the actor called <paramref name="name"/> (<see cref="ActorNamed"/>), or -1.</summary>
    internal static int ActorIndexOf(EquatableArray<ActorModel> actors, string? name)
    {
        var actor = ActorNamed(actors, name);
        for (var i = 0; actor is not null && i < actors.Count; i++)
        {
            if (ReferenceEquals(actors[i], actor)) return i;
        }
        return -1;
    }

    /// <summary>The actor of <paramref name="actors"/> called <paramref name="name"/>: persons first, then organizations, then places.</summary>
    internal static ActorModel? ActorNamed(EquatableArray<ActorModel> actors, string? name)
    {
        if (name is null) return null;
        ActorModel? best = null;
        foreach (var actor in actors)
        {
            if (actor.Name == name && (best is null || actor.Kind < best.Kind)) best = actor;
        }
        return best;
    }

    private static HashSet<string> Reserved(IEnumerable<string> names)
    {
        var set = new HashSet<string>(ObjectMembers, StringComparer.Ordinal);
        foreach (var n in names) set.Add(n);
        return set;
    }

    private static string StemOf(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private sealed class ActorAccumulator
    {
        public ActorAccumulator(string name, ActorKind kind, string nameAsMember)
        {
            NameAsMember = nameAsMember;
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        /// <summary>The name as a C# name, before it is made unique.</summary>
        public string NameAsMember { get; }
        public ActorKind Kind { get; }
        /// <summary>The articles that name this actor (indexes, ascending): the first alone, a list from the second on
        /// (most actors are named by one article, and this pass reruns whenever an edit changes a name).</summary>
        public IReadOnlyList<int> Articles => _articles ?? (_first < 0 ? Array.Empty<int>() : (IReadOnlyList<int>)new[] { _first });
        private int _first = -1;
        private List<int>? _articles;

        /// <summary>Adds an article, given in ascending order (the same one again adds nothing).</summary>
        public void AddArticle(int index)
        {
            if (_first < 0) _first = index;
            else if (_articles is null) { if (index != _first) _articles = new List<int> { _first, index }; }
            else if (_articles[_articles.Count - 1] != index) _articles.Add(index);
        }

        public EquatableArray<int> ArticleIndexes() =>
            new(_articles?.ToArray() ?? (_first < 0 ? Array.Empty<int>() : new[] { _first }));
        public int Quotes { get; set; }
        public int IndirectQuotes { get; set; }
        public int Mentions { get; set; }
        /// <summary>
        /// The other names the articles give, in no order and perhaps more than once (<see cref="SortedAliases"/> sorts
        /// them and drops the repeats once, at the end): a list, because most actors have one or none, and this pass
        /// reruns whenever an edit changes a name.
        /// </summary>
        public IEnumerable<string> Aliases => (IEnumerable<string>?)_aliases ?? Array.Empty<string>();
        private List<string>? _aliases;

        /// <summary>The accumulator of the person this name is one of, when <see cref="People.Join"/> joined it to others.</summary>
        public ActorAccumulator? JoinedInto { get; set; }
        public string? Member { get; set; }
        public string? SpeakerClass { get; set; }

        /// <summary>The quote members taken in this actor's speaker class (while the names are chosen).</summary>
        public QuoteNames? QuoteNames { get; set; }

        /// <summary>The speaker class before the names were chosen again (<see cref="State.Update"/>).</summary>
        public string? PreviousClass { get; set; }

        /// <summary>This actor's entry in the table, as last made (made again when the member changes).</summary>
        public ActorEntry? Entry { get; set; }

        /// <summary>Adds a quote this name says (direct or partial), or one it is the source of (indirect).</summary>
        public void CountQuote(bool indirect)
        {
            if (indirect) IndirectQuotes++;
            else Quotes++;
        }

        public void AddAlias(string alias) => (_aliases ??= new List<string>(2)).Add(alias);

        public void RemoveAlias(string alias) => _aliases?.RemoveAll(a => a == alias);

        /// <summary>The aliases in ordinal order, each once.</summary>
        public EquatableArray<string> SortedAliases()
        {
            if (_aliases is null || _aliases.Count == 0) return EquatableArray<string>.Empty;
            var sorted = _aliases.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            var n = 1;
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
            }
            if (n < sorted.Length) Array.Resize(ref sorted, n);
            return new EquatableArray<string>(sorted);
        }

        /// <summary>
        /// Each role the articles give, with how many give it and the first (in path order) that does: a list searched
        /// in order, as an actor has one role or a few.
        /// </summary>
        private List<(string Role, int Count, int First)>? _roles;

        public void CountRole(string role, int count, int article)
        {
            _roles ??= new List<(string, int, int)>(1);
            for (var i = 0; i < _roles.Count; i++)
            {
                var seen = _roles[i];
                if (seen.Role != role) continue;
                _roles[i] = (role, seen.Count + count, Math.Min(seen.First, article));
                return;
            }
            _roles.Add((role, count, article));
        }

        /// <summary>The role most articles give; a tie goes to the one an earlier article (in path order) gives, then ordinal.</summary>
        public string? Role()
        {
            if (_roles is null) return null;
            string? best = null;
            (int Count, int First) top = default;
            foreach (var (role, count, first) in _roles)
            {
                if (best is null || count > top.Count || (count == top.Count && (first < top.First || (first == top.First && string.CompareOrdinal(role, best) < 0))))
                {
                    best = role;
                    top = (count, first);
                }
            }
            return best;
        }

        /// <summary>
        /// A copy with what article <paramref name="index"/> gave as <paramref name="old"/> taken out and what it gives as
        /// <paramref name="now"/> put in: equal to the accumulator made from every article again (aliases may come in
        /// another order; they are sorted when read). Null when that cannot be told without the other articles: a role
        /// that the article gave first (in path order) and others give too.
        /// </summary>
        public ActorAccumulator? Replaced(int index, ArticleSummary old, ArticleSummary now)
        {
            var copy = new ActorAccumulator(Name, Kind, NameAsMember)
            {
                Mentions = Mentions,
                Quotes = Quotes,
                IndirectQuotes = IndirectQuotes,
                JoinedInto = null,
            };
            var articles = new List<int>(Articles);
            articles.Remove(index);
            if (_aliases is not null) copy._aliases = new List<string>(_aliases);
            if (_roles is not null) copy._roles = new List<(string, int, int)>(_roles);
            var gives = false;
            foreach (var (summary, sign) in new[] { (old, -1), (now, 1) })
            {
                for (var i = 0; i < summary.Actors.Count; i++)
                {
                    var actor = summary.Actors[i];
                    if (actor.Kind != Kind || actor.Name != Name) continue;
                    copy.Mentions += sign * actor.Mentions;
                    if (sign > 0)
                    {
                        gives = true;
                        foreach (var alias in actor.Aliases) copy.AddAlias(alias);
                        if (actor.Role is { } role) copy.CountRole(role, 1, index);
                        continue;
                    }
                    foreach (var alias in actor.Aliases)
                    {
                        if (copy._aliases is null || !copy._aliases.Remove(alias)) return null;
                    }
                    if (actor.Role is { } given && !copy.UncountRole(given, index)) return null;
                }
                foreach (var q in summary.Quotes)
                {
                    if (q.Speaker < 0 || summary.Actors[q.Speaker].Kind != Kind || summary.Actors[q.Speaker].Name != Name) continue;
                    if (q.Indirect) copy.IndirectQuotes += sign;
                    else copy.Quotes += sign;
                }
            }
            if (gives) articles.Insert(~articles.BinarySearch(index), index);
            foreach (var a in articles) copy.AddArticle(a);
            return copy;
        }

        /// <summary>One article <paramref name="index"/> that gave <paramref name="role"/> no longer counted; false when its first article would have to be found again.</summary>
        private bool UncountRole(string role, int index)
        {
            for (var i = 0; _roles is not null && i < _roles.Count; i++)
            {
                var seen = _roles[i];
                if (seen.Role != role) continue;
                if (seen.Count == 1)
                {
                    _roles.RemoveAt(i);
                    return true;
                }
                if (seen.First == index) return false;
                _roles[i] = (role, seen.Count - 1, seen.First);
                return true;
            }
            return false;
        }

        /// <summary>Takes in another name's articles, mentions, quotes, aliases (and that name) and roles.</summary>
        public void Merge(ActorAccumulator other)
        {
            var articles = new SortedSet<int>(Articles);
            articles.UnionWith(other.Articles);
            _articles = null;
            _first = -1;
            foreach (var index in articles) AddArticle(index);
            Mentions += other.Mentions;
            Quotes += other.Quotes;
            IndirectQuotes += other.IndirectQuotes;
            foreach (var alias in other.Aliases) AddAlias(alias);
            AddAlias(other.Name);
            if (other._roles is not null)
            {
                foreach (var (role, count, first) in other._roles) CountRole(role, count, first);
            }
        }
    }
}
