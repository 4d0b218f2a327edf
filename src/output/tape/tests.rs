//! The tape's format, checked with a reader written here as `tape.js` reads it
//! (tests/web.rs checks `tape.js` itself against serde-wasm-bindgen).

use super::*;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Reads chunks as `tape.js` does: a stack of open arrays and objects kept
/// from one chunk to the next, strings taken in UTF-16 units.
#[derive(Default)]
struct Reader {
    keys: Vec<String>,
    /// Open containers with, for objects, the key of the value being read.
    open: Vec<(Value, Option<String>)>,
    result: Option<Value>,
}

impl Reader {
    fn feed(&mut self, ops: &[f64], strings: &str) {
        let units: Vec<u16> = strings.encode_utf16().collect();
        let (mut i, mut at) = (0, 0);
        let mut text = |n: f64| {
            let s = String::from_utf16(&units[at..at + n as usize]).unwrap();
            at += n as usize;
            s
        };
        while i < ops.len() {
            assert!(self.result.is_none(), "data after the value");
            let in_object = matches!(self.open.last(), Some((Value::Object(_), None)));
            let op = ops[i];
            i += 1;
            let value = if in_object {
                if op != END {
                    let key = if op == NEW_KEY {
                        i += 1;
                        self.keys.push(text(ops[i - 1]));
                        self.keys.last().unwrap().clone()
                    } else {
                        self.keys[op as usize].clone()
                    };
                    self.open.last_mut().unwrap().1 = Some(key);
                    continue;
                }
                self.open.pop().unwrap().0
            } else if op == ARRAY || op == OBJECT {
                let empty = if op == ARRAY { json!([]) } else { json!({}) };
                self.open.push((empty, None));
                continue;
            } else if op == END {
                assert!(matches!(self.open.last(), Some((Value::Array(_), _))));
                self.open.pop().unwrap().0
            } else {
                i += usize::from(op == NUMBER || op == STRING);
                match op {
                    NULL => Value::Null,
                    FALSE => json!(false),
                    TRUE => json!(true),
                    NUMBER => json!(ops[i - 1]),
                    STRING => json!(text(ops[i - 1])),
                    _ => panic!("op {op} at {}", i - 1),
                }
            };
            match self.open.last_mut() {
                None => self.result = Some(value),
                Some((Value::Array(items), _)) => items.push(value),
                Some((Value::Object(map), key)) => {
                    map.insert(key.take().unwrap(), value);
                }
                Some(_) => unreachable!(),
            }
        }
        assert_eq!(at, units.len(), "strings left over");
    }
}

/// The whole tape of `value` as one chunk: its ops and strings.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<(Vec<f64>, String), TapeError> {
    let mut whole = (Vec::new(), String::new());
    encode_to(value, usize::MAX, |ops, strings| {
        whole.0.extend_from_slice(ops);
        whole.1.push_str(strings);
        Ok(())
    })?;
    Ok(whole)
}

/// `value` through the tape in chunks of `limit` ops, read back.
fn round_trip<T: Serialize>(value: &T, limit: usize) -> Value {
    let mut reader = Reader::default();
    encode_to(value, limit, |ops, strings| {
        assert!(!ops.is_empty() && ops.len() <= limit.saturating_add(1));
        reader.feed(ops, strings);
        Ok(())
    })
    .unwrap();
    reader.result.expect("a whole value")
}

/// `value` as JSON with every number an `f64`, as JavaScript holds it (the
/// shape serde-wasm-bindgen's `json_compatible` gives, for these values).
fn expected<T: Serialize>(value: &T) -> Value {
    fn floats(v: Value) -> Value {
        match v {
            Value::Number(n) => json!(n.as_f64().unwrap()),
            Value::Array(items) => Value::Array(items.into_iter().map(floats).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, floats(v))).collect())
            }
            other => other,
        }
    }
    floats(serde_json::to_value(value).unwrap())
}

#[derive(Serialize)]
struct Span<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<u8>,
}

#[test]
fn a_struct_is_an_object_and_field_names_go_once() {
    let spans = [
        Span {
            start: 0,
            end: 2,
            text: "😀",
            speaker: None,
            html: None,
        },
        Span {
            start: 3,
            end: 8,
            text: "Путин",
            speaker: Some("he"),
            html: None,
        },
    ];
    let (ops, strings) = encode(&spans).unwrap();
    #[rustfmt::skip]
    let want = [
        ARRAY,
        OBJECT,
        NEW_KEY, 5.0, NUMBER, 0.0, NEW_KEY, 3.0, NUMBER, 2.0, NEW_KEY, 4.0, STRING, 2.0,
        NEW_KEY, 7.0, NULL, END,
        OBJECT, 0.0, NUMBER, 3.0, 1.0, NUMBER, 8.0, 2.0, STRING, 5.0, 3.0, STRING, 2.0, END,
        END,
    ];
    assert_eq!(ops, want);
    // string lengths in UTF-16 units: the emoji is two, each Cyrillic letter one
    assert_eq!(strings, "startendtext😀speakerПутинhe");
    assert_eq!(round_trip(&spans, usize::MAX), expected(&spans));
}

#[derive(Serialize)]
enum Shape {
    Unit,
    Newtype(u8),
    Tuple(u8, &'static str),
    Struct { x: f64 },
}

#[test]
fn enums_are_tagged_as_serde_does() {
    let shapes = [
        Shape::Unit,
        Shape::Newtype(7),
        Shape::Tuple(1, "a"),
        Shape::Struct { x: 0.5 },
    ];
    let got = round_trip(&shapes, usize::MAX);
    assert_eq!(
        got,
        json!(["Unit", {"Newtype": 7.0}, {"Tuple": [1.0, "a"]}, {"Struct": {"x": 0.5}}])
    );
    assert_eq!(got, expected(&shapes));
}

#[test]
fn maps_need_string_keys() {
    let words: BTreeMap<&str, (bool, char)> = [("a", (true, 'é')), ("b", (false, '😀'))].into();
    assert_eq!(
        round_trip(&words, usize::MAX),
        json!({"a": [true, "é"], "b": [false, "😀"]})
    );
    let numbered: BTreeMap<u8, u8> = [(1, 2)].into();
    let err = encode(&numbered).unwrap_err();
    assert_eq!(err.to_string(), "a map key is not a string");
}

#[test]
fn a_sink_error_stops_the_encoding() {
    let mut calls = 0;
    let result = encode_to(&vec![1u8; 100], 10, |_, _| {
        calls += 1;
        Err(TapeError("full".into()))
    });
    assert_eq!(result.unwrap_err().to_string(), "full");
    assert_eq!(calls, 1);
}

#[test]
fn the_annotations_of_an_article_read_back_as_their_json() {
    let text = "Vladimir Putin said on Monday that “45% of Russians” agreed 👍🏽.\n\nSponsor: ACME";
    let annotations = crate::annotate(text, &crate::Options::default());
    for limit in [1, 7, 64, usize::MAX] {
        assert_eq!(
            round_trip(&annotations, limit),
            expected(&annotations),
            "{limit}"
        );
    }
}

#[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
mod props {
    use super::*;
    use proptest::prelude::*;

    fn values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(|x| json!(x)),
            "\\PC{0,6}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::btree_map("[a-zé😀]{0,3}", inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any value, cut into chunks of any size, reads back whole.
        #[test]
        fn chunks_of_any_size_read_back(value in values(), limit in 1usize..12) {
            prop_assert_eq!(round_trip(&value, limit), expected(&value));
            prop_assert_eq!(round_trip(&value, usize::MAX), expected(&value));
        }
    }
}
