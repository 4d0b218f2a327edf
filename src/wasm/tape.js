// Builds the plain objects and arrays of a tape written by src/output/tape.rs
// (the format is described there): the same values serde-wasm-bindgen's
// json_compatible serializer would build, from one call per chunk instead of
// one call per object, property and string.
//
// The tape comes in chunks cut between ops, so the reader keeps its open
// arrays and objects on a stack from one chunk to the next. Each chunk's `ops`
// is a view into wasm memory, read during `feed` only; `strings` holds the
// chunk's strings and new keys, in tape order.

const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, ARRAY = 5, OBJECT = 6;
const END = -1, NEW_KEY = -2;

const unreadable = (why) => new Error(`article-annotator: unreadable result (${why})`);

export class TapeReader {
  constructor() {
    this.keys = []; // every key named so far, by index
    this.outer = []; // the open arrays and objects around `top`, outermost first
    this.outerKeys = []; // for each of them, the key its inner value goes under
    this.top = null; // the innermost open array or object
    this.key = undefined; // in an open object: the key of the value being read
    this.result = undefined;
    this.done = false;
  }

  feed(ops, strings) {
    const { keys, outer, outerKeys } = this;
    let { top, key, done } = this;
    let inArray = Array.isArray(top);
    let i = 0;
    let at = 0;
    while (i < ops.length) {
      if (done) throw unreadable('data after the value');
      if (top !== null && !inArray && key === undefined) {
        // in an object, between properties: a key or the object's end
        const k = ops[i++];
        if (k !== END) {
          key = k === NEW_KEY ? keys[keys.push(strings.slice(at, (at += ops[i++]))) - 1] : keys[k];
          if (key === undefined) throw unreadable(`unknown key ${k}`);
          continue;
        }
      } else {
        let value;
        const op = ops[i++];
        if (op === NUMBER) value = ops[i++];
        else if (op === STRING) value = strings.slice(at, (at += ops[i++]));
        else if (op === ARRAY || op === OBJECT) {
          if (top !== null) { outer.push(top); outerKeys.push(key); }
          top = op === ARRAY ? [] : {};
          inArray = op === ARRAY;
          key = undefined;
          continue;
        } else if (op === NULL) value = null;
        else if (op === FALSE) value = false;
        else if (op === TRUE) value = true;
        else if (op !== END || !inArray) throw unreadable(`op ${op} at ${i - 1}`);
        if (op !== END) {
          // a number, string, boolean or null: into the open array or object
          if (top === null) { this.result = value; done = true; }
          else if (inArray) top.push(value);
          else { top[key] = value; key = undefined; }
          continue;
        }
      }
      // `top` is complete: it becomes a value of the one around it
      if (outer.length === 0) {
        this.result = top;
        done = true;
        top = null;
        continue;
      }
      const complete = top;
      top = outer.pop();
      key = outerKeys.pop();
      inArray = Array.isArray(top);
      if (inArray) top.push(complete);
      else { top[key] = complete; key = undefined; }
    }
    if (at !== strings.length) throw unreadable('strings left over');
    Object.assign(this, { top, key, done });
  }

  finish() {
    if (!this.done) throw unreadable('the value is incomplete');
    return this.result;
  }
}
