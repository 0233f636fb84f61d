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
            // Each file of actors (one per first letter of their members) holds its rows of the table.
            var actors = new global::System.Collections.Generic.List<Actor>();
#if NEWSROOM_UTF8
            var data = global::System.ReadOnlySpan<byte>.Empty;
            __DataA(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataB(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataC(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataD(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataE(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataF(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataG(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataH(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataI(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataJ(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataK(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataL(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataM(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataN(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataO(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataP(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataQ(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataR(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataS(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataT(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataU(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataV(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataW(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataX(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataY(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataZ(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
            __DataOther(ref data);
            __Read(data, actors);
            data = global::System.ReadOnlySpan<byte>.Empty;
#else
            var data = "";
            __DataA(ref data);
            __Read(data, actors);
            data = "";
            __DataB(ref data);
            __Read(data, actors);
            data = "";
            __DataC(ref data);
            __Read(data, actors);
            data = "";
            __DataD(ref data);
            __Read(data, actors);
            data = "";
            __DataE(ref data);
            __Read(data, actors);
            data = "";
            __DataF(ref data);
            __Read(data, actors);
            data = "";
            __DataG(ref data);
            __Read(data, actors);
            data = "";
            __DataH(ref data);
            __Read(data, actors);
            data = "";
            __DataI(ref data);
            __Read(data, actors);
            data = "";
            __DataJ(ref data);
            __Read(data, actors);
            data = "";
            __DataK(ref data);
            __Read(data, actors);
            data = "";
            __DataL(ref data);
            __Read(data, actors);
            data = "";
            __DataM(ref data);
            __Read(data, actors);
            data = "";
            __DataN(ref data);
            __Read(data, actors);
            data = "";
            __DataO(ref data);
            __Read(data, actors);
            data = "";
            __DataP(ref data);
            __Read(data, actors);
            data = "";
            __DataQ(ref data);
            __Read(data, actors);
            data = "";
            __DataR(ref data);
            __Read(data, actors);
            data = "";
            __DataS(ref data);
            __Read(data, actors);
            data = "";
            __DataT(ref data);
            __Read(data, actors);
            data = "";
            __DataU(ref data);
            __Read(data, actors);
            data = "";
            __DataV(ref data);
            __Read(data, actors);
            data = "";
            __DataW(ref data);
            __Read(data, actors);
            data = "";
            __DataX(ref data);
            __Read(data, actors);
            data = "";
            __DataY(ref data);
            __Read(data, actors);
            data = "";
            __DataZ(ref data);
            __Read(data, actors);
            data = "";
            __DataOther(ref data);
            __Read(data, actors);
            data = "";
#endif
            // All in name order (then kind): no two actors have both the same.
            var all = actors.ToArray();
            global::System.Array.Sort(all, (x, y) =>
            {
                var c = string.CompareOrdinal(x.Name, y.Name);
                return c != 0 ? c : ((int)x.Kind).CompareTo((int)y.Kind);
            });
            var index = new __ActorIndex(all, generation);
            foreach (var actor in all)
            {
                index.ByKey[__Key(actor.Kind, actor.Name)] = actor;
                index.ByMember[actor.MemberName] = actor;
            }
            return index;
        }

        /// <summary>Reads the rows of one file of actors into <paramref name="actors"/> (none when the file has none).</summary>
#if NEWSROOM_UTF8
        private static void __Read(global::System.ReadOnlySpan<byte> data, global::System.Collections.Generic.List<Actor> actors)
        {
            if (data.IsEmpty) return;
            var r = new __DataReader(data);
#else
        private static void __Read(string data, global::System.Collections.Generic.List<Actor> actors)
        {
            if (data.Length == 0) return;
            var r = new __DataReader(global::System.Text.Encoding.UTF8.GetBytes(data));
#endif
            var count = r.Int();
            for (var i = 0; i < count; i++)
            {
                var member = r.String() ?? "";
                var name = r.String() ?? "";
                var kind = (ActorKind)r.Int();
                var role = r.String();
                var aliases = new string[r.Int()];
                for (var j = 0; j < aliases.Length; j++) aliases[j] = r.String() ?? "";
                var mentions = r.Int();
                var articles = r.Ints(r.Int());
                actors.Add(new Actor(name, kind, role, aliases, member, mentions, articles));
            }
        }

#if NEWSROOM_UTF8
        static partial void __DataA(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataB(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataC(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataD(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataE(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataF(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataG(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataH(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataI(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataJ(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataK(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataL(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataM(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataN(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataO(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataP(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataQ(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataR(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataS(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataT(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataU(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataV(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataW(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataX(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataY(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataZ(ref global::System.ReadOnlySpan<byte> data);
        static partial void __DataOther(ref global::System.ReadOnlySpan<byte> data);
#else
        static partial void __DataA(ref string data);
        static partial void __DataB(ref string data);
        static partial void __DataC(ref string data);
        static partial void __DataD(ref string data);
        static partial void __DataE(ref string data);
        static partial void __DataF(ref string data);
        static partial void __DataG(ref string data);
        static partial void __DataH(ref string data);
        static partial void __DataI(ref string data);
        static partial void __DataJ(ref string data);
        static partial void __DataK(ref string data);
        static partial void __DataL(ref string data);
        static partial void __DataM(ref string data);
        static partial void __DataN(ref string data);
        static partial void __DataO(ref string data);
        static partial void __DataP(ref string data);
        static partial void __DataQ(ref string data);
        static partial void __DataR(ref string data);
        static partial void __DataS(ref string data);
        static partial void __DataT(ref string data);
        static partial void __DataU(ref string data);
        static partial void __DataV(ref string data);
        static partial void __DataW(ref string data);
        static partial void __DataX(ref string data);
        static partial void __DataY(ref string data);
        static partial void __DataZ(ref string data);
        static partial void __DataOther(ref string data);
#endif

        /// <summary>All actors, and each by kind and name and by member name, made together on first use.</summary>
        private sealed class __ActorIndex
        {
            internal __ActorIndex(Actor[] all, int generation)
            {
                Generation = generation;
                All = all;
                ByKey = new global::System.Collections.Generic.Dictionary<string, Actor>(all.Length, global::System.StringComparer.Ordinal);
                ByMember = new global::System.Collections.Generic.Dictionary<string, Actor>(all.Length, global::System.StringComparer.Ordinal);
            }

            internal Actor[] All { get; }

            internal global::System.Collections.Generic.Dictionary<string, Actor> ByKey { get; }

            internal global::System.Collections.Generic.Dictionary<string, Actor> ByMember { get; }

            internal int Generation { get; }
        }
    }
}
