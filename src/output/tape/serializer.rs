//! The serde `Serializer` of the tape: each value as its ops (see the format in
//! the parent module).

use super::{
    Compound, Sink, Tape, TapeError, ARRAY, END, FALSE, NULL, NUMBER, OBJECT, STRING, TRUE,
};
use serde::ser::{self, Serialize};

/// `serialize_*` methods that write their number as an f64.
macro_rules! numbers {
    ($($method:ident: $t:ty),* $(,)?) => {
        $(fn $method(self, v: $t) -> Result<(), TapeError> {
            self.serialize_f64(v as f64)
        })*
    };
}

impl<'a, S: Sink> ser::Serializer for &'a mut Tape<S> {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Compound<'a, S>;
    type SerializeTuple = Compound<'a, S>;
    type SerializeTupleStruct = Compound<'a, S>;
    type SerializeTupleVariant = Compound<'a, S>;
    type SerializeMap = Compound<'a, S>;
    type SerializeStruct = Compound<'a, S>;
    type SerializeStructVariant = Compound<'a, S>;

    fn serialize_bool(self, v: bool) -> Result<(), TapeError> {
        self.put(&[if v { TRUE } else { FALSE }])
    }
    // JavaScript has one number type: every integer and float is an f64 (i64
    // and u64 lose precision past 2^53, as serde-wasm-bindgen's numbers do)
    numbers! {
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32,
    }
    fn serialize_f64(self, v: f64) -> Result<(), TapeError> {
        self.put(&[NUMBER, v])
    }
    fn serialize_char(self, v: char) -> Result<(), TapeError> {
        self.put_text(STRING, v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), TapeError> {
        self.put_text(STRING, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), TapeError> {
        self.put(&[ARRAY])?;
        for &b in v {
            self.put(&[NUMBER, f64::from(b)])?;
        }
        self.put(&[END])
    }
    fn serialize_none(self) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), TapeError> {
        self.put(&[NULL])
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), TapeError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.open_variant(variant)?;
        value.serialize(&mut *self)?;
        self.put(&[END])
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, S>, TapeError> {
        open(self, None, ARRAY)
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, S>, TapeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, S>, TapeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, S>, TapeError> {
        open(self, Some(variant), ARRAY)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, S>, TapeError> {
        open(self, None, OBJECT)
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, S>, TapeError> {
        open(self, None, OBJECT)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, S>, TapeError> {
        open(self, Some(variant), OBJECT)
    }
}

/// Opens an array or object (`op`), inside `{ variant: … }` for an enum
/// variant; the compound closes both.
fn open<'a, S: Sink>(
    tape: &'a mut Tape<S>,
    variant: Option<&'static str>,
    op: f64,
) -> Result<Compound<'a, S>, TapeError> {
    if let Some(variant) = variant {
        tape.open_variant(variant)?;
    }
    tape.put(&[op])?;
    Ok(Compound::closing(tape, 1 + usize::from(variant.is_some())))
}
