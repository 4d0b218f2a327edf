//! Reading the highlight options and stored marks from JS objects by hand
//! (`Reflect.get`), not through serde: a `serde_json::Value` or a serde
//! deserializer for these few fields cost ~30 KB of the gzipped package.

use super::error;
use crate::highlight::{Kind, Placement};
use wasm_bindgen::prelude::*;

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

/// `kinds` (absent: all) and the rest of the object as annotator-options JSON.
pub fn kinds_and_rest(options: &JsValue) -> Result<(Vec<Kind>, String), JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok((Kind::ALL.to_vec(), "{}".into()));
    }
    if !options.is_object() {
        return Err(error::invalid_options(
            "expected an object such as { kinds: [\"entity\"] }",
        ));
    }
    let kinds = match get(options, "kinds") {
        v if v.is_undefined() => Kind::ALL.to_vec(),
        v => {
            let list: js_sys::Array = v
                .dyn_into()
                .map_err(|_| error::invalid_options("kinds: expected an array of strings"))?;
            list.iter()
                .map(|k| {
                    let name = k.as_string().unwrap_or_default();
                    Kind::parse(&name).ok_or_else(|| {
                        error::invalid_options(format!(
                            "kinds: unknown kind {name:?} (entity, quote, claim, boilerplate)"
                        ))
                    })
                })
                .collect::<Result<_, _>>()?
        }
    };
    let rest = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
    js_sys::Reflect::delete_property(&rest, &JsValue::from_str("kinds"))
        .map_err(|_| error::invalid_options("the options object cannot be copied"))?;
    let json = js_sys::JSON::stringify(&rest)
        .map_err(|_| error::invalid_options("the options object cannot be read as JSON"))?;
    Ok((kinds, String::from(json)))
}

/// A stored mark's kind, label and selectors: ours (`selectors`) or a W3C
/// annotation's (`target.selector`). Strings are owned here, borrowed by the
/// [`Placement`] that [`Stored::placement`] gives.
#[derive(Default)]
pub struct Stored {
    pub kind: Option<String>,
    pub label: Option<String>,
    exact: String,
    prefix: String,
    suffix: String,
    position: Option<(usize, usize)>,
}

impl Stored {
    pub fn read(item: &JsValue) -> Stored {
        let mut stored = Stored {
            kind: string(item, "kind"),
            label: string(item, "label"),
            ..Stored::default()
        };
        let mut selectors = get(item, "selectors");
        if selectors.is_undefined() {
            selectors = get(&get(item, "target"), "selector");
        }
        let Ok(list) = selectors.dyn_into::<js_sys::Array>() else {
            return stored;
        };
        for selector in list.iter() {
            match string(&selector, "type").as_deref() {
                Some("TextQuoteSelector") => {
                    stored.exact = string(&selector, "exact").unwrap_or_default();
                    stored.prefix = string(&selector, "prefix").unwrap_or_default();
                    stored.suffix = string(&selector, "suffix").unwrap_or_default();
                }
                Some("TextPositionSelector") => {
                    let n = |k| {
                        get(&selector, k)
                            .as_f64()
                            .filter(|x| *x >= 0.0)
                            .map(|x| x as usize)
                    };
                    stored.position = n("start").zip(n("end"));
                }
                _ => {}
            }
        }
        stored
    }

    pub fn placement(&self) -> Placement<'_> {
        Placement {
            exact: &self.exact,
            prefix: &self.prefix,
            suffix: &self.suffix,
            position: self.position,
        }
    }
}
