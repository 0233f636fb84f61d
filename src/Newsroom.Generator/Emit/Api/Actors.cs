// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>Every person, organization and place of all articles, with one named member each.</summary>
    public static partial class Actors
    {
        private static __ActorIndex? s_index;

        /// <summary>All actors, ordered by name.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Actor> All => __Index.All;

        /// <summary>The actor with this name or alias (case-insensitive), or null. Full names win over aliases.</summary>
        public static Actor? Find(string nameOrAlias)
        {
            foreach (var actor in All)
            {
                if (string.Equals(actor.Name, nameOrAlias, global::System.StringComparison.OrdinalIgnoreCase)) return actor;
            }
            foreach (var actor in All)
            {
                foreach (var alias in actor.Aliases)
                {
                    if (string.Equals(alias, nameOrAlias, global::System.StringComparison.OrdinalIgnoreCase)) return actor;
                }
            }
            return null;
        }

        /// <summary>All actors of one kind.</summary>
        public static global::System.Collections.Generic.IEnumerable<Actor> OfKind(ActorKind kind)
        {
            foreach (var actor in All)
            {
                if (actor.Kind == kind) yield return actor;
            }
        }

        /// <summary>The actor an article names: the one of all actors with this kind and name.</summary>
        internal static Actor __Resolve(ActorKind kind, string name)
        {
            return __Index.ByKey.TryGetValue(__Key(kind, name), out var actor) ? actor
                : new Actor(name, kind, null, global::System.Array.Empty<string>(), "", 0, global::System.Array.Empty<int>());
        }

        /// <summary>The actor of a generated member (the members live in files of their own, one per first letter).</summary>
        private static Actor __Member(string member) => __Index.ByMember[member];

        private static __ActorIndex __Index
        {
            get
            {
                var index = s_index;
                if (index != null && index.Generation == __HotReload.Generation) return index;
                var built = __Build();
                var prior = global::System.Threading.Interlocked.CompareExchange(ref s_index, built, index);
                return ReferenceEquals(prior, index) ? built : prior ?? built;
            }
        }

        private static string __Key(ActorKind kind, string name) =>
            ((int)kind).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "|" + name;

        private static __ActorIndex __Build()
        {
            // The generation first: an update between it and the data marks this index old, never old data new.
            var generation = __HotReload.Generation;
#if NEWSROOM_UTF8
            var data = global::System.ReadOnlySpan<byte>.Empty;
            __Data(ref data);
            var r = new __DataReader(data);
#else
            var data = "";
            __Data(ref data);
            var r = new __DataReader(global::System.Text.Encoding.UTF8.GetBytes(data));
#endif
            var index = new __ActorIndex(r.Int(), generation);
            for (var i = 0; i < index.All.Length; i++)
            {
                var member = r.String() ?? "";
                var name = r.String() ?? "";
                var kind = (ActorKind)r.Int();
                var role = r.String();
                var aliases = new string[r.Int()];
                for (var j = 0; j < aliases.Length; j++) aliases[j] = r.String() ?? "";
                var mentions = r.Int();
                var articles = r.Ints(r.Int());
                var actor = new Actor(name, kind, role, aliases, member, mentions, articles);
                index.All[i] = actor;
                index.ByKey[__Key(kind, name)] = actor;
                index.ByMember[member] = actor;
            }
            return index;
        }

#if NEWSROOM_UTF8
        static partial void __Data(ref global::System.ReadOnlySpan<byte> data);
#else
        static partial void __Data(ref string data);
#endif

        /// <summary>All actors, and each by kind and name and by member name, made together on first use.</summary>
        private sealed class __ActorIndex
        {
            internal __ActorIndex(int count, int generation)
            {
                Generation = generation;
                All = new Actor[count];
                ByKey = new global::System.Collections.Generic.Dictionary<string, Actor>(count, global::System.StringComparer.Ordinal);
                ByMember = new global::System.Collections.Generic.Dictionary<string, Actor>(count, global::System.StringComparer.Ordinal);
            }

            internal Actor[] All { get; }

            internal global::System.Collections.Generic.Dictionary<string, Actor> ByKey { get; }

            internal global::System.Collections.Generic.Dictionary<string, Actor> ByMember { get; }

            internal int Generation { get; }
        }
    }
}
