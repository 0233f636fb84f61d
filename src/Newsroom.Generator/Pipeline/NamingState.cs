using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Pipeline;

internal static partial class Naming
{
    /// <summary>
    /// What one naming pass worked out, kept so that the next pass, when it differs by one edited article, does again
    /// only what that article reaches: the accumulators of the names it gives differently (patched, or made again from
    /// the articles that give them), People.Join over the names linked to those (only when one is joined or has a
    /// partner) and the groups it changes, the speaker classes whose names change (their quotes named again, in path
    /// order, as the whole pass names them) and the names of the articles whose quote names change. Members of actors
    /// and speaker classes are chosen again in full (one sort and one look-up each). The result is equal to a whole
    /// pass's (<c>IncrementalNamingTests</c> checks it edit after edit).
    /// </summary>
    /// <remarks>
    /// A state belongs to one caller at a time: <see cref="Take"/> hands it out and <see cref="Keep"/> takes it back
    /// once the pass is done, so a pass that is cancelled or fails leaves nothing half-changed behind (the next pass
    /// starts from the summaries alone). A few states are kept, for the few projects an IDE may have open.
    /// </remarks>
    internal sealed class State
    {
        private static readonly State?[] Kept = new State?[4];
        private static int s_next;

        private ArticleSummary[] _articles = Array.Empty<ArticleSummary>();

        /// <summary>One accumulator per (kind, name) as the articles give them, before people are joined.</summary>
        private readonly Dictionary<string, ActorAccumulator>[] _byKind =
        {
            new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal),
        };

        /// <summary>People.Join's result: each joined name and the name its person goes by.</summary>
        private Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

        /// <summary>The names of people joined across articles, and the name each goes by (for tests).</summary>
        internal IReadOnlyDictionary<string, string> Joined => _canonical;

        /// <summary>
        /// Every person's name by the keys People.Join links names with (<see cref="People.KeysOf"/>), made on the first
        /// <see cref="Update"/> and kept up to date after it: a name with no partner in it needs no join again.
        /// </summary>
        private Dictionary<string, List<string>>? _joinIndex;

        /// <summary>The joined people, by the name they go by.</summary>
        private readonly Dictionary<string, ActorAccumulator> _groups = new(StringComparer.Ordinal);

        private int _unattributed;
        private string[][] _classes = Array.Empty<string[]>();
        private string[][] _members = Array.Empty<string[]>();
        private ArticleNames[] _names = Array.Empty<ArticleNames>();
        private List<ActorAccumulator> _ordered = new();
        private EquatableArray<DiagnosticInfo> _diagnostics = EquatableArray<DiagnosticInfo>.Empty;
        private NamingResult? _result;

        /// <summary>A kept state for these articles (the same paths, in the same order, are checked by <see cref="Update"/>), or null.</summary>
        public static State? Take(ArticleSummary[] articles)
        {
            if (articles.Length == 0) return null;
            lock (Kept)
            {
                for (var i = 0; i < Kept.Length; i++)
                {
                    var s = Kept[i];
                    if (s is null || s._articles.Length != articles.Length) continue;
                    if (s._articles[0].Path != articles[0].Path || s._articles[articles.Length - 1].Path != articles[articles.Length - 1].Path) continue;
                    Kept[i] = null;
                    return s;
                }
            }
            return null;
        }

        public static void Keep(State state)
        {
            if (state._articles.Length == 0) return;
            lock (Kept)
            {
                for (var i = 0; i < Kept.Length; i++)
                {
                    if (Kept[i] is null)
                    {
                        Kept[i] = state;
                        return;
                    }
                }
                Kept[s_next] = state;
                s_next = (s_next + 1) % Kept.Length;
            }
        }

        private ActorAccumulator Final(ActorAccumulator acc) => acc.JoinedInto ?? acc;

        private ActorAccumulator NameOf(ActorModel actor) => _byKind[(int)actor.Kind][actor.Name];

        /// <summary>The whole pass: every summary read, every name chosen.</summary>
        public NamingResult Build(ArticleSummary[] articles, CancellationToken cancellationToken)
        {
            _articles = articles;
            var diagnostics = new List<DiagnosticInfo>();

            // One actor per (kind, name) across articles, each article's actors looked up once, by kind, with ordinal
            // string keys, and kept for the quotes below; then the names of one person joined into one actor
            // (People.Join: "Trump" alone where the project has one Donald Trump, "Volodymyr Zelenskyy" and
            // "Volodymyr Zelensky").
            var resolved = new ActorAccumulator[articles.Length][];
            for (var index = 0; index < articles.Length; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var a = articles[index];
                var own = resolved[index] = new ActorAccumulator[a.Actors.Count];
                for (var i = 0; i < own.Length; i++)
                {
                    var actor = a.Actors[i];
                    var byName = _byKind[(int)actor.Kind];
                    if (!byName.TryGetValue(actor.Name, out var acc)) byName[actor.Name] = acc = new ActorAccumulator(actor.Name, actor.Kind, a.ActorNames[i]);
                    own[i] = acc;
                    Add(acc, a, index, actor);
                }
                foreach (var q in a.Quotes)
                {
                    if (q.Speaker >= 0) own[q.Speaker].CountQuote(q.Indirect);
                    else if (!q.Indirect) _unattributed++;
                }
            }
            _canonical = JoinPeople(cancellationToken);
            foreach (var pair in MembersOf(_canonical, null)) BuildGroup(pair.Key, pair.Value);

            AssignMembers();

            // Each article's member, and its quotes' members in their speakers' classes, in path order.
            var articleTaken = Reserved(ArticlesReserved);
            var articleOwners = new Dictionary<string, ArticleSummary>(articles.Length, StringComparer.Ordinal);
            var unattributedNames = new QuoteNames(_unattributed);
            _classes = new string[articles.Length][];
            _members = new string[articles.Length][];
            _names = new ArticleNames[articles.Length];
            for (var index = 0; index < articles.Length; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var a = articles[index];
                var own = resolved[index];
                var member = ArticleMember(a, articleTaken, articleOwners, diagnostics);
                var classes = _classes[index] = new string[a.Quotes.Count];
                var members = _members[index] = new string[classes.Length];
                for (var k = 0; k < classes.Length; k++)
                {
                    var q = a.Quotes[k];
                    if (q.Indirect)
                    {
                        classes[k] = members[k] = "";
                        continue;
                    }
                    var speaker = q.Speaker >= 0 ? Final(own[q.Speaker]) : null;
                    var cls = speaker is null ? UnattributedClass : speaker.SpeakerClass!;
                    classes[k] = cls;
                    members[k] = (speaker is null ? unattributedNames : speaker.QuoteNames ??= new QuoteNames(speaker.Quotes)).Unique(cls, q.Name);
                }
                _names[index] = NamesOf(index, member);
            }
            foreach (var acc in _ordered) acc.QuoteNames = null;
            _diagnostics = diagnostics.ToEquatableArray();
            return _result = Result();
        }

        /// <summary>
        /// The pass again when <paramref name="articles"/> differ from the last ones by one edited article whose title
        /// and member are as they were; null when they differ otherwise (then only the whole pass will do). This state
        /// changes as it goes: a caller that does not get a result drops it.
        /// </summary>
        public NamingResult? Update(ArticleSummary[] articles, CancellationToken cancellationToken)
        {
            if (_result is null || articles.Length != _articles.Length) return null;
            var edited = -1;
            for (var j = 0; j < articles.Length; j++)
            {
                var before = _articles[j];
                var now = articles[j];
                if (ReferenceEquals(before, now)) continue;
                if (before.Path != now.Path) return null;
                if (before.Equals(now)) continue;
                if (edited >= 0) return null;
                edited = j;
            }
            if (edited < 0) return _result;
            var old = _articles[edited];
            var article = articles[edited];
            if (old.FileName != article.FileName || old.MemberName != article.MemberName || old.Title != article.Title || old.Source != article.Source
                || old.TitleSpan != article.TitleSpan || old.TitleName != article.TitleName) return null;
            _articles[edited] = article;

            // 1. The accumulators of the names the article gave and gives, made again (new objects, with no class yet).
            if (_joinIndex is null)
            {
                _joinIndex = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var acc in _byKind[(int)ActorKind.Person].Values) Index(acc, add: true);
            }
            var people = new List<(ActorAccumulator? Before, ActorAccumulator? After)>();
            var kept = new List<(ActorKind Kind, string Name)>();
            foreach (var (kind, name, member) in KeysOf(old, article))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A name the article gives as it gave it (the same actor entries, the same quotes in the same order):
                // nothing it adds changed, and its quotes here keep their members (a quote by someone else was added).
                if (SameFor(old, article, kind, name))
                {
                    kept.Add((kind, name));
                    continue;
                }
                var byName = _byKind[(int)kind];
                byName.TryGetValue(name, out var before);
                var indexes = new List<int>(before?.Articles ?? Array.Empty<int>());
                indexes.Remove(edited);
                if (Gives(article, kind, name)) indexes.Insert(~indexes.BinarySearch(edited), edited);
                if (indexes.Count == 0)
                {
                    byName.Remove(name);
                    if (kind == ActorKind.Person) people.Add((before, null));
                    continue;
                }
                // Most names are given by other articles too: what this one gave taken out, what it gives put in.
                var acc = before?.Replaced(edited, old, article);
                if (acc is not null)
                {
                    byName[name] = acc;
                    if (kind == ActorKind.Person) people.Add((before, acc));
                    continue;
                }
                acc = new ActorAccumulator(name, kind, member);
                if (kind == ActorKind.Person) people.Add((before, acc));
                foreach (var j in indexes)
                {
                    var a = _articles[j];
                    for (var i = 0; i < a.Actors.Count; i++)
                    {
                        if (a.Actors[i].Kind == kind && a.Actors[i].Name == name) Add(acc, a, j, a.Actors[i]);
                    }
                    foreach (var q in a.Quotes)
                    {
                        if (q.Speaker >= 0 && a.Actors[q.Speaker].Kind == kind && a.Actors[q.Speaker].Name == name) acc.CountQuote(q.Indirect);
                    }
                }
                byName[name] = acc;
            }
            _unattributed += Unattributed(article) - Unattributed(old);

            // 2. People joined again, unless no name that changed is joined or has a name it may be joined with; the groups
            // whose names or whose names' accumulators changed made again.
            foreach (var (before, after) in people)
            {
                if (before is not null) Index(before, add: false);
                if (after is not null) Index(after, add: true);
            }
            var mayJoin = false;
            foreach (var (before, after) in people)
            {
                var name = (before ?? after)!.Name;
                mayJoin = _canonical.ContainsKey(name)
                    || (before is not null && People.PartnersOf(name, People.KeysOf(name, before.Aliases), _joinIndex).Any())
                    || (after is not null && People.PartnersOf(name, People.KeysOf(name, after.Aliases), _joinIndex).Any());
                if (mayJoin) break;
            }
            var renamed = new List<string>();
            if (mayJoin)
            {
                var canonical = JoinAgain(people, cancellationToken);
                var dirty = new HashSet<string>(StringComparer.Ordinal);
                foreach (var pair in _canonical)
                {
                    if (canonical.TryGetValue(pair.Key, out var now) && now == pair.Value) continue;
                    dirty.Add(pair.Value);
                    if (now is not null) dirty.Add(now);
                    renamed.Add(pair.Key);
                }
                foreach (var pair in canonical)
                {
                    if (_canonical.ContainsKey(pair.Key)) continue;
                    dirty.Add(pair.Value);
                    renamed.Add(pair.Key);
                }
                // A group keeps its names but one of them was made again (a name that left a group changed it above).
                foreach (var (before, after) in people)
                {
                    if (canonical.TryGetValue((before ?? after)!.Name, out var c)) dirty.Add(c);
                }
                foreach (var name in renamed)
                {
                    if (!canonical.ContainsKey(name) && _byKind[(int)ActorKind.Person].TryGetValue(name, out var alone)) alone.JoinedInto = null;
                }
                _canonical = canonical;
                var membersOf = MembersOf(canonical, dirty);
                foreach (var c in dirty)
                {
                    _groups.Remove(c);
                    if (membersOf.TryGetValue(c, out var list)) BuildGroup(c, list);
                }
            }

            // 3. Members and speaker classes chosen again. The classes whose quotes may have changed are among those that
            // changed: an accumulator made again above is a new object, with no class before (nor is a name that left a
            // group, whose new class is its own).
            var lastOrdered = _ordered;
            foreach (var acc in lastOrdered)
            {
                acc.PreviousClass = acc.SpeakerClass;
                acc.SpeakerClass = null;
            }
            AssignMembers();
            var again = new HashSet<ActorAccumulator>();
            foreach (var acc in _ordered)
            {
                if (acc.SpeakerClass != acc.PreviousClass) again.Add(acc);
            }
            // (Cleared on both lists: an actor out of the list now keeps no class, nor one it had once, for when it is back.)
            foreach (var acc in lastOrdered) acc.PreviousClass = null;
            foreach (var acc in _ordered) acc.PreviousClass = null;

            // 4. The quotes of those classes named again, in path order; the edited article's quotes all are.
            var copied = new HashSet<int> { edited };
            var (oldClasses, oldMembers) = (_classes[edited], _members[edited]);
            _classes[edited] = new string[article.Quotes.Count];
            _members[edited] = new string[article.Quotes.Count];
            for (var k = 0; k < article.Quotes.Count; k++)
            {
                if (article.Quotes[k].Indirect) _classes[edited][k] = _members[edited][k] = "";
            }
            var groupsKept = new HashSet<ActorAccumulator>();
            foreach (var (kind, name) in kept)
            {
                var before = QuotesBy(old, kind, name);
                var now = QuotesBy(article, kind, name);
                for (var n = 0; n < now.Count; n++)
                {
                    _classes[edited][now[n]] = oldClasses[before[n]];
                    _members[edited][now[n]] = oldMembers[before[n]];
                }
                if (_byKind[(int)kind][name].JoinedInto is { } group) groupsKept.Add(group);
            }
            // A person's class holds the quotes of every name joined into it: two names of one person, each given as
            // before, may still have swapped their quotes' places in the class. When the class's quotes here come in the
            // same order (by their names) as before, they keep their members place by place; else the class is named again.
            foreach (var group in groupsKept)
            {
                if (again.Contains(group)) continue;
                var before = QuotesOfPerson(old, group.Name);
                var now = QuotesOfPerson(article, group.Name);
                var same = before.Count == now.Count;
                for (var n = 0; same && n < now.Count; n++) same = old.Quotes[before[n]].Name == article.Quotes[now[n]].Name;
                if (!same)
                {
                    again.Add(group);
                    continue;
                }
                for (var n = 0; n < now.Count; n++)
                {
                    _classes[edited][now[n]] = oldClasses[before[n]];
                    _members[edited][now[n]] = oldMembers[before[n]];
                }
            }
            foreach (var speaker in again)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (speaker.SpeakerClass is not { } cls || speaker.JoinedInto is not null) continue;
                var taken = new QuoteNames(speaker.Quotes);
                foreach (var j in speaker.Articles)
                {
                    var a = _articles[j];
                    for (var k = 0; k < a.Quotes.Count; k++)
                    {
                        var q = a.Quotes[k];
                        if (q.Indirect || q.Speaker < 0 || Final(NameOf(a.Actors[q.Speaker])) != speaker) continue;
                        Set(j, k, cls, taken.Unique(cls, q.Name), copied);
                    }
                }
            }
            if (Unattributed(old) + Unattributed(article) > 0)
            {
                var taken = new QuoteNames(_unattributed);
                for (var j = 0; j < _articles.Length; j++)
                {
                    var a = _articles[j];
                    for (var k = 0; k < a.Quotes.Count; k++)
                    {
                        var q = a.Quotes[k];
                        if (q.Indirect || q.Speaker >= 0) continue;
                        Set(j, k, UnattributedClass, taken.Unique(UnattributedClass, q.Name), copied);
                    }
                }
            }

            // 5. The names of the articles whose quotes were named again or whose people go by another name now.
            foreach (var name in renamed)
            {
                if (!_byKind[(int)ActorKind.Person].TryGetValue(name, out var acc)) continue;
                foreach (var j in acc.Articles) copied.Add(j);
            }
            foreach (var j in copied)
            {
                var names = NamesOf(j, _names[j].Member);
                if (!names.Equals(_names[j])) _names[j] = names;
            }
            return _result = Result();
        }

        /// <summary>A person's name added to or taken out of <see cref="_joinIndex"/>, under the keys its accumulator gives.</summary>
        private void Index(ActorAccumulator acc, bool add)
        {
            foreach (var key in People.KeysOf(acc.Name, acc.Aliases))
            {
                if (!_joinIndex!.TryGetValue(key, out var names))
                {
                    if (!add) continue;
                    _joinIndex[key] = names = new List<string>(1);
                }
                if (add)
                {
                    if (!names.Contains(acc.Name)) names.Add(acc.Name);
                }
                else
                {
                    names.Remove(acc.Name);
                    if (names.Count == 0) _joinIndex.Remove(key);
                }
            }
        }

        /// <summary>The (kind, name, name as a C# name) of the actors <paramref name="old"/> and <paramref name="article"/> give, each once.</summary>
        private static List<(ActorKind Kind, string Name, string Member)> KeysOf(ArticleSummary old, ArticleSummary article)
        {
            var keys = new List<(ActorKind, string, string)>();
            var seen = new HashSet<(ActorKind, string)>();
            foreach (var a in new[] { old, article })
            {
                for (var i = 0; i < a.Actors.Count; i++)
                {
                    if (seen.Add((a.Actors[i].Kind, a.Actors[i].Name))) keys.Add((a.Actors[i].Kind, a.Actors[i].Name, a.ActorNames[i]));
                }
            }
            return keys;
        }

        /// <summary>Whether <paramref name="old"/> and <paramref name="article"/> give the name alike: the same actor entries, the same quotes by it (by their names), in order.</summary>
        private static bool SameFor(ArticleSummary old, ArticleSummary article, ActorKind kind, string name)
        {
            var i = 0;
            var j = 0;
            while (true)
            {
                while (i < old.Actors.Count && !(old.Actors[i].Kind == kind && old.Actors[i].Name == name)) i++;
                while (j < article.Actors.Count && !(article.Actors[j].Kind == kind && article.Actors[j].Name == name)) j++;
                if (i == old.Actors.Count || j == article.Actors.Count) break;
                if (!old.Actors[i].Equals(article.Actors[j])) return false;
                i++;
                j++;
            }
            if (i != old.Actors.Count || j != article.Actors.Count) return false;
            var before = QuotesBy(old, kind, name);
            var now = QuotesBy(article, kind, name);
            if (before.Count != now.Count) return false;
            for (var n = 0; n < now.Count; n++)
            {
                if (old.Quotes[before[n]].Name != article.Quotes[now[n]].Name || old.Quotes[before[n]].Indirect != article.Quotes[now[n]].Indirect) return false;
            }
            return true;
        }

        /// <summary>The indexes of the quotes (not indirect) <paramref name="a"/> gives to the names joined into the person who goes by <paramref name="canonical"/>, in order.</summary>
        private List<int> QuotesOfPerson(ArticleSummary a, string canonical)
        {
            var list = new List<int>();
            for (var k = 0; k < a.Quotes.Count; k++)
            {
                var q = a.Quotes[k];
                if (q.Indirect || q.Speaker < 0 || a.Actors[q.Speaker].Kind != ActorKind.Person) continue;
                if (_canonical.TryGetValue(a.Actors[q.Speaker].Name, out var c) && c == canonical) list.Add(k);
            }
            return list;
        }

        /// <summary>The indexes of the quotes <paramref name="a"/> gives to the name, in order.</summary>
        private static List<int> QuotesBy(ArticleSummary a, ActorKind kind, string name)
        {
            var list = new List<int>();
            for (var k = 0; k < a.Quotes.Count; k++)
            {
                var q = a.Quotes[k];
                if (q.Speaker >= 0 && a.Actors[q.Speaker].Kind == kind && a.Actors[q.Speaker].Name == name) list.Add(k);
            }
            return list;
        }

        private static bool Gives(ArticleSummary a, ActorKind kind, string name)
        {
            foreach (var actor in a.Actors)
            {
                if (actor.Kind == kind && actor.Name == name) return true;
            }
            return false;
        }

        private static int Unattributed(ArticleSummary a)
        {
            var n = 0;
            foreach (var q in a.Quotes)
            {
                if (!q.Indirect && q.Speaker < 0) n++;
            }
            return n;
        }

        /// <summary>What one article's actor adds to the accumulator of its name.</summary>
        private static void Add(ActorAccumulator acc, ArticleSummary a, int index, ActorModel actor)
        {
            acc.AddArticle(index);
            acc.Mentions += actor.Mentions;
            foreach (var alias in actor.Aliases) acc.AddAlias(alias);
            if (actor.Role is { } role) acc.CountRole(role, 1, index);
        }

        /// <summary>
        /// Quote <paramref name="k"/> of article <paramref name="j"/> in class <paramref name="cls"/> as member
        /// <paramref name="member"/>: the article's names are copied before they change (the last table holds the old
        /// arrays), and only when they change (most of a class's quotes keep their names when one article is edited).
        /// </summary>
        private void Set(int j, int k, string cls, string member, HashSet<int> copied)
        {
            if (_classes[j][k] == cls && _members[j][k] == member) return;
            if (copied.Add(j))
            {
                _classes[j] = (string[])_classes[j].Clone();
                _members[j] = (string[])_members[j].Clone();
            }
            _classes[j][k] = cls;
            _members[j][k] = member;
        }

        /// <summary>
        /// People.Join's result again after the names of <paramref name="people"/> changed: Join over the names linked to
        /// them (<see cref="People.PartnersOf"/>, followed to every name reached from the changed names and the names their
        /// old keys linked), and the last result for every other name. Join links names only along those links, so this
        /// is what Join over every name gives: a name joined before was linked to its group by links that either are
        /// still there or went through a changed name, so its whole old group is reached too.
        /// </summary>
        private Dictionary<string, string> JoinAgain(List<(ActorAccumulator? Before, ActorAccumulator? After)> people, CancellationToken cancellationToken)
        {
            var byName = _byKind[(int)ActorKind.Person];
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            void Reach(string name)
            {
                if (byName.ContainsKey(name) && reached.Add(name)) queue.Enqueue(name);
            }
            foreach (var (before, after) in people)
            {
                var name = (before ?? after)!.Name;
                Reach(name);
                if (before is not null)
                {
                    foreach (var other in People.PartnersOf(name, People.KeysOf(name, before.Aliases), _joinIndex!)) Reach(other);
                }
            }
            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = queue.Dequeue();
                foreach (var other in People.PartnersOf(name, People.KeysOf(name, byName[name].Aliases), _joinIndex!)) Reach(other);
            }
            var names = new List<People.Name>(reached.Count);
            foreach (var name in reached)
            {
                var acc = byName[name];
                names.Add(new People.Name(acc.Name, acc.Articles, acc.Mentions, acc.Aliases));
            }
            var result = new Dictionary<string, string>(_canonical.Count + 4, StringComparer.Ordinal);
            foreach (var pair in _canonical)
            {
                if (!reached.Contains(pair.Key) && byName.ContainsKey(pair.Key)) result.Add(pair.Key, pair.Value);
            }
            foreach (var pair in People.Join(names, cancellationToken)) result[pair.Key] = pair.Value;
            return result;
        }

        /// <summary>
        /// The names People.Join finds to be one person (<see cref="People.Join"/>, over every person's name): each name
        /// joined and the name it goes by.
        /// </summary>
        private Dictionary<string, string> JoinPeople(CancellationToken cancellationToken)
        {
            var byName = _byKind[(int)ActorKind.Person];
            var people = new List<People.Name>(byName.Count);
            foreach (var acc in byName.Values) people.Add(new People.Name(acc.Name, acc.Articles, acc.Mentions, acc.Aliases));
            return People.Join(people, cancellationToken);
        }

        /// <summary>The names joined into each person's name of <paramref name="canonical"/> (those of <paramref name="only"/>, or all).</summary>
        private static Dictionary<string, List<string>> MembersOf(Dictionary<string, string> canonical, HashSet<string>? only)
        {
            var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var pair in canonical)
            {
                if (only is not null && !only.Contains(pair.Value)) continue;
                if (!members.TryGetValue(pair.Value, out var list)) members[pair.Value] = list = new List<string>(2);
                list.Add(pair.Key);
            }
            return members;
        }

        /// <summary>The actor of the person who goes by <paramref name="canonical"/>, made from the names joined into it, taken in ordinal order.</summary>
        private ActorAccumulator BuildGroup(string canonical, List<string> names)
        {
            names.Sort(StringComparer.Ordinal);
            var group = new ActorAccumulator(canonical, ActorKind.Person, Identifiers.Pascal(canonical, 8, 64));
            var byName = _byKind[(int)ActorKind.Person];
            foreach (var name in names)
            {
                var joined = byName[name];
                group.Merge(joined);
                joined.JoinedInto = group;
            }
            group.RemoveAlias(group.Name);
            _groups[canonical] = group;
            return group;
        }

        /// <summary>Every actor across articles in name order (then kind), its member, and the speaker classes.</summary>
        private void AssignMembers()
        {
            var ordered = new List<ActorAccumulator>(_ordered.Count + 8);
            ordered.AddRange(_groups.Values);
            foreach (var byName in _byKind)
            {
                foreach (var acc in byName.Values)
                {
                    if (acc.JoinedInto is null) ordered.Add(acc);
                }
            }
            // By name, then kind: no two actors have both the same.
            ordered.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name) is var c and not 0 ? c : x.Kind.CompareTo(y.Kind));
            var actorTaken = Reserved(ActorsReserved);
            var quotesTaken = Reserved(QuotesReserved);
            foreach (var acc in ordered)
            {
                acc.Member = Identifiers.Unique(acc.NameAsMember.Length == 0 ? "Actor" : acc.NameAsMember, actorTaken);
                acc.SpeakerClass = acc.Quotes == 0 ? null : Identifiers.Unique(acc.Member, quotesTaken);
            }
            _ordered = ordered;
        }

        /// <summary>Article <paramref name="index"/>'s names, from its quote names and its actors as named across articles.</summary>
        private ArticleNames NamesOf(int index, string member)
        {
            var a = _articles[index];
            // The actors this article names that are one actor across articles under another name.
            string[]? actorNames = null;
            for (var i = 0; i < a.Actors.Count; i++)
            {
                var joined = Final(NameOf(a.Actors[i])).Name;
                if (ReferenceEquals(joined, a.Actors[i].Name) || joined == a.Actors[i].Name) continue;
                if (actorNames is null)
                {
                    actorNames = new string[a.Actors.Count];
                    for (var j = 0; j < actorNames.Length; j++) actorNames[j] = "";
                }
                actorNames[i] = joined;
            }
            return new ArticleNames(a.Path, a.FileName, member, new EquatableArray<string>(_classes[index]), new EquatableArray<string>(_members[index]),
                actorNames is null ? EquatableArray<string>.Empty : new EquatableArray<string>(actorNames));
        }

        private NamingResult Result()
        {
            var entries = new ActorEntry[_ordered.Count];
            var speakers = new List<SpeakerClass>();
            for (var i = 0; i < entries.Length; i++)
            {
                var a = _ordered[i];
                entries[i] = a.Entry is { } e && e.Member == a.Member
                    ? e
                    : a.Entry = new ActorEntry(a.Member!, a.Name, a.Kind, a.Role(), a.SortedAliases(), a.Quotes, a.ArticleIndexes(), a.Mentions, a.IndirectQuotes);
                if (a.SpeakerClass is { } cls) speakers.Add(new SpeakerClass(cls, a.Name, entries[i].Role, a.Quotes));
            }
            if (_unattributed > 0) speakers.Add(new SpeakerClass(UnattributedClass, null, null, _unattributed));
            var table = new NameTable(new EquatableArray<ArticleNames>((ArticleNames[])_names.Clone()), new EquatableArray<ActorEntry>(entries), speakers.ToEquatableArray());
            return new NamingResult(table, _diagnostics);
        }
    }
}
