// A trie over folded words: the longest known phrase starting at a token, found by walking word by
// word instead of building and hashing every n-gram. Keys are fold()ed phrases ("al shabaab"); a
// folded token may itself hold several words ("al-Shabaab" folds to "al shabaab").

interface Node<T> {
  next?: Map<string, Node<T>>;
  value?: T;
}

export class WordTrie<T> {
  private root: Node<T> = {};

  /** `key`: a folded phrase, words separated by single spaces. */
  set(key: string, value: T): void {
    let node = this.root;
    for (const w of key.split(" ")) {
      node.next ??= new Map();
      let n = node.next.get(w);
      if (!n) node.next.set(w, (n = {}));
      node = n;
    }
    node.value = value;
  }

  /** A cursor at the root, to walk folded tokens one by one. */
  walk(): WordTrieCursor<T> {
    return new WordTrieCursor(this.root);
  }
}

export class WordTrieCursor<T> {
  constructor(private node: Node<T> | undefined) {}

  /** Moves over one folded token (which may hold several words); false once the path is unknown. */
  step(folded: string): boolean {
    if (!this.node) return false;
    if (!folded.includes(" ")) {
      this.node = this.node.next?.get(folded);
      return !!this.node;
    }
    for (const w of folded.split(" ")) {
      this.node = this.node?.next?.get(w);
      if (!this.node) return false;
    }
    return true;
  }

  get alive(): boolean {
    return !!this.node;
  }

  /** The value of the phrase walked so far, if it is a whole key. */
  get value(): T | undefined {
    return this.node?.value;
  }
}
