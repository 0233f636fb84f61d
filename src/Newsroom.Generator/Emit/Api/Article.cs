// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>
    /// One article file: its text, parts, quotes and actors. Made on first use from the article's data (its numbers and
    /// names, and its text or where the text is), so touching one article never loads another. Two articles are equal
    /// when they are the same file (<see cref="MemberName"/>, <see cref="FileName"/>) with the same <see cref="Text"/>;
    /// equality never compares quotes or actors.
    /// </summary>
#if NEWSROOM_RECORDS
    public sealed record Article
#else
    public sealed class Article : global::System.IEquatable<Article>
#endif
    {
        private readonly int _generation = __HotReload.Generation;
        private readonly int[] _paragraphs;
        private readonly Quote[] _quotes;
        private readonly string?[] _roles;
        private string[]? _paragraphTexts;

        private Article(__DataReader r)
        {
            FileName = r.String() ?? "";
            MemberName = r.String() ?? "";
            var headline = r.String();
            int headlineStart = r.Int(), headlineLength = r.Int();
            int datelineStart = r.Int(), datelineLength = r.Int();
            Byline = r.String();
            int ledeStart = r.Int(), ledeLength = r.Int();
            _paragraphs = r.Ints(2 * r.Int());
            var credits = new string[r.Int()];
            for (var i = 0; i < credits.Length; i++) credits[i] = r.String() ?? "";
            Credits = credits;
            // Each actor as this article names it: kind, the name of the actor across articles, the role it gives here.
            // Two names of one article may be one actor across articles ("Zelensky", "Zelenskyy"): listed once.
            var actors = new Actor[r.Int()];
            var distinct = new global::System.Collections.Generic.List<Actor>(actors.Length);
            var roles = new global::System.Collections.Generic.List<string?>(actors.Length);
            for (var i = 0; i < actors.Length; i++)
            {
                var kind = (ActorKind)r.Int();
                actors[i] = global::Newsroom.Actors.__Resolve(kind, r.String() ?? "");
                var role = r.String();
                // The catalog gives one object per actor: comparing references is enough, and costs next to nothing.
                var at = -1;
                for (var k = 0; k < distinct.Count && at < 0; k++)
                {
                    if (ReferenceEquals(distinct[k], actors[i])) at = k;
                }
                if (at < 0)
                {
                    distinct.Add(actors[i]);
                    roles.Add(role);
                }
                else if (roles[at] is null)
                {
                    roles[at] = role;
                }
            }
            Actors = distinct.ToArray();
            _roles = roles.ToArray();
            var quotes = new Quote[r.Int()];
            var spans = r.Ints(7 * quotes.Length);
            var verbs = new string?[quotes.Length];
            for (var i = 0; i < verbs.Length; i++) verbs[i] = r.String();
            var sources = new string?[quotes.Length];
            for (var i = 0; i < sources.Length; i++) sources[i] = r.String();
            var resource = r.String();
            Text = resource is null ? r.Rest() : __EmbeddedText(resource, r.Int(), r.Int());
            Headline = headline ?? (headlineStart < 0 ? null : Text.Substring(headlineStart, headlineLength));
            Dateline = datelineStart < 0 ? null : Text.Substring(datelineStart, datelineLength);
            Lede = Text.Substring(ledeStart, ledeLength);
            for (var i = 0; i < quotes.Length; i++)
            {
                // Each quote is seven numbers: start, length, line, column, paragraph, (speaker + 1) << 2 | kind, addressee + 1.
                var q = 7 * i;
                var speaker = spans[q + 5] >> 2;
                var addressee = spans[q + 6];
                quotes[i] = new Quote(this, i, new SourceSpan(spans[q], spans[q + 1], spans[q + 2], spans[q + 3]), spans[q + 4],
                    (QuoteKind)(spans[q + 5] & 3), speaker > 0 ? actors[speaker - 1] : null, verbs[i], addressee > 0 ? actors[addressee - 1] : null, sources[i]);
            }
            _quotes = quotes;
        }

        /// <summary>The article's file name, such as <c>000_94ea7bb9e4850890.txt</c>.</summary>
        public string FileName { get; }

        /// <summary>The name of this article's member under <see cref="Articles"/>.</summary>
        public string MemberName { get; }

        /// <summary>The whole text as the compiler read it (BOM excluded). Spans index into it.</summary>
        public string Text { get; }

        /// <summary>The first line, when it reads as a headline (or the headline the project gave the article).</summary>
        public string? Headline { get; }

        /// <summary>A wire dateline (<c>WASHINGTON (AP) —</c>) or date line (<c>Friday, January 4, 2019</c>).</summary>
        public string? Dateline { get; }

        /// <summary>The names of the byline (<c>By Jane Doe</c> gives <c>Jane Doe</c>).</summary>
        public string? Byline { get; }

        /// <summary>The first paragraph of the body, without its wire dateline.</summary>
        public string Lede { get; }

        /// <summary>The body's paragraphs (not the headline, date line, byline or credits).</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Paragraphs
        {
            get
            {
                if (_paragraphTexts is null)
                {
                    var texts = new string[_paragraphs.Length / 2];
                    for (var i = 0; i < texts.Length; i++)
                    {
                        texts[i] = Text.Substring(_paragraphs[2 * i], _paragraphs[(2 * i) + 1]);
                    }
                    _paragraphTexts = texts;
                }
                return _paragraphTexts;
            }
        }

        /// <summary>Agencies and people credited (<c>With AFP and Reuters</c>).</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Credits { get; }

        /// <summary>The quotes, in text order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => _quotes;

        /// <summary>Everyone and everything the article names, in order of first mention (each actor once).</summary>
        public global::System.Collections.Generic.IReadOnlyList<Actor> Actors { get; }

        /// <summary>
        /// The role this article gives <paramref name="actor"/> (<c>then Speaker of the House</c> here, <c>President</c>
        /// in another article), or null when it gives none or does not name the actor. <see cref="Actor.Role"/> is the
        /// role most articles give.
        /// </summary>
        public string? RoleOf(Actor actor)
        {
            if (actor is null) throw new global::System.ArgumentNullException(nameof(actor));
            for (var i = 0; i < _roles.Length; i++)
            {
                if (actor.Equals(Actors[i])) return _roles[i];
            }
            return null;
        }

        /// <summary>The start of paragraph <paramref name="index"/> in <see cref="Text"/>.</summary>
        public int ParagraphStart(int index) => _paragraphs[2 * index];

        /// <summary>The same file with the same text: compares <see cref="MemberName"/>, <see cref="FileName"/> and <see cref="Text"/>.</summary>
        public bool Equals(Article? other) => ReferenceEquals(this, other)
            || (!(other is null) && MemberName == other.MemberName && FileName == other.FileName && Text == other.Text);

        /// <inheritdoc/>
        public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(MemberName);

#if !NEWSROOM_RECORDS
        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Article);

        /// <summary>Compares two articles as <see cref="Equals(Article)"/> does.</summary>
        public static bool operator ==(Article? left, Article? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two articles as <see cref="Equals(Article)"/> does.</summary>
        public static bool operator !=(Article? left, Article? right) => !(left == right);

        /// <summary>The data on one line: <c>Article { FileName = …, Headline = …, Quotes.Count = 17, Actors.Count = 24 }</c>.</summary>
        public override string ToString()
        {
            var builder = new global::System.Text.StringBuilder("Article { ");
            PrintMembers(builder);
            return builder.Append(" }").ToString();
        }

#endif
        /// <summary>What <see cref="ToString"/> shows: <c>Article { FileName = …, Headline = …, Quotes.Count = 17, Actors.Count = 24 }</c>.</summary>
        private bool PrintMembers(global::System.Text.StringBuilder builder)
        {
            builder.Append("FileName = ").Append(FileName);
            builder.Append(", Headline = ").Append(Headline);
            builder.Append(", Quotes.Count = ").Append(_quotes.Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            builder.Append(", Actors.Count = ").Append(Actors.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

#if NEWSROOM_UTF8
        /// <summary>
        /// The article of <paramref name="data"/>, made on first access (and again after a hot reload): what each
        /// generated article member calls with its field and data.
        /// </summary>
        internal static Article __Get(ref Article? field, global::System.ReadOnlySpan<byte> data)
        {
            var current = field;
            return current != null && current._generation == __HotReload.Generation ? current
                : __Keep(ref field, current, new Article(new __DataReader(data)));
        }
#endif

        /// <summary>The same, for data written as a plain string (short data, in a project of few articles; all data where UTF-8 literals are not available).</summary>
        internal static Article __GetString(ref Article? field, string data)
        {
            var current = field;
            return current != null && current._generation == __HotReload.Generation ? current
                : __Keep(ref field, current, new Article(new __DataReader(global::System.Text.Encoding.UTF8.GetBytes(data))));
        }

        /// <summary>The article made, unless another thread's was kept first.</summary>
        private static Article __Keep(ref Article? field, Article? current, Article made)
        {
            var prior = global::System.Threading.Interlocked.CompareExchange(ref field, made, current);
            return ReferenceEquals(prior, current) ? made : prior ?? made;
        }

        /// <summary>The quote at <paramref name="index"/>, for the quote tables of the speakers' classes.</summary>
        internal Quote __Quote(int index) => _quotes[index];

        /// <summary>
        /// The text of the article file the build embedded as <paramref name="resource"/> (its bytes as they are), checked
        /// against the length and hash of the text Newsroom extracted, so that spans always index the text they were
        /// found in. After a hot reload the embedded file is the old one (an update carries code, not resources): then
        /// the article file itself is read, from the working folder or a folder above the app's, if it is that text.
        /// </summary>
        private static string __EmbeddedText(string resource, int length, int hash)
        {
            byte[]? bytes = null;
            using (var stream = typeof(Article).Assembly.GetManifestResourceStream(resource))
            {
                if (stream != null)
                {
                    bytes = new byte[stream.Length];
                    for (int read = 0, n; read < bytes.Length; read += n)
                    {
                        n = stream.Read(bytes, read, bytes.Length - read);
                        if (n == 0) throw new global::System.IO.EndOfStreamException("Newsroom: the article file embedded as '" + resource + "' ended early.");
                    }
                }
            }
            var text = bytes == null ? null : __Decode(bytes);
            if (text != null && __Matches(text, length, hash)) return text;
            var file = __FromFile(resource.Substring(resource.IndexOf('/') + 1), length, hash);
            if (file != null) return file;
            if (bytes == null)
            {
                throw new global::System.InvalidOperationException("Newsroom: the article file embedded as '" + resource
                    + "' is not in the assembly; build the project with the Newsroom package's targets (Newsroom.targets), which embed it.");
            }
            throw new global::System.InvalidOperationException("Newsroom: the article file embedded as '" + resource
                + "' is not the text that was extracted (was it changed during the build?); rebuild the project.");
        }

        private static string __Decode(byte[] bytes)
        {
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return global::System.Text.Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
        }

        private static bool __Matches(string text, int length, int hash)
        {
            var h = 2166136261u; // FNV-1a over the UTF-16 code units, as the generator computed it
            foreach (var c in text) h = unchecked((h ^ c) * 16777619u);
            return text.Length == length && unchecked((int)h) == hash;
        }

        /// <summary>The article file at <paramref name="path"/> (relative to its project), when it holds the extracted text.</summary>
        private static string? __FromFile(string path, int length, int hash)
        {
            var folders = new global::System.Collections.Generic.List<string>();
            try
            {
                folders.Add(global::System.Environment.CurrentDirectory);
                string? folder = global::System.AppContext.BaseDirectory;
                for (var up = 0; up < 6 && folder != null && folder.Length > 0; up++)
                {
                    folders.Add(folder);
                    folder = global::System.IO.Path.GetDirectoryName(folder.TrimEnd('/', '\\'));
                }
            }
            catch (global::System.Exception e) when (__Ignorable(e))
            {
            }
            foreach (var candidate in folders)
            {
                try
                {
                    var file = global::System.IO.Path.Combine(candidate, path);
                    if (!global::System.IO.File.Exists(file)) continue;
                    var text = __Decode(global::System.IO.File.ReadAllBytes(file));
                    if (__Matches(text, length, hash)) return text;
                }
                catch (global::System.Exception e) when (__Ignorable(e))
                {
                }
            }
            return null;
        }

        /// <summary>What looking for a file may meet that only means "not there": the caller then says what is wrong.</summary>
        private static bool __Ignorable(global::System.Exception e) =>
            e is global::System.IO.IOException || e is global::System.UnauthorizedAccessException || e is global::System.ArgumentException
            || e is global::System.NotSupportedException || e is global::System.Security.SecurityException;
    }
}
