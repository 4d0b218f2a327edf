//! Arrays, objects and enum variants on the tape: their items, then `END`s.

use super::{Sink, Tape, TapeError, END, NEW_KEY, STRING};
use serde::ser::{self, Serialize};

/// An open array or object; `end` closes it with `ends` END ops (two for an
/// enum variant: its value, then the `{ variant: … }` around it).
pub struct Compound<'a, S> {
    tape: &'a mut Tape<S>,
    ends: usize,
}

impl<'a, S: Sink> Compound<'a, S> {
    pub(super) fn closing(tape: &'a mut Tape<S>, ends: usize) -> Self {
        Compound { tape, ends }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        value.serialize(&mut *self.tape)
    }

    fn close(self) -> Result<(), TapeError> {
        for _ in 0..self.ends {
            self.tape.put(&[END])?;
        }
        Ok(())
    }
}

/// The serde traits of arrays: each item in turn, then the END(s).
macro_rules! items {
    ($($tr:ident :: $method:ident),*) => {
        $(impl<S: Sink> ser::$tr for Compound<'_, S> {
            type Ok = ();
            type Error = TapeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
                self.item(value)
            }
            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        })*
    };
}

items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The serde traits of structs: each field's name and value, then the END(s).
macro_rules! fields {
    ($($tr:ident),*) => {
        $(impl<S: Sink> ser::$tr for Compound<'_, S> {
            type Ok = ();
            type Error = TapeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                name: &'static str,
                value: &T,
            ) -> Result<(), TapeError> {
                self.tape.field(name)?;
                self.item(value)
            }
            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        })*
    };
}

fields!(SerializeStruct, SerializeStructVariant);

impl<S: Sink> ser::SerializeMap for Compound<'_, S> {
    type Ok = ();
    type Error = TapeError;
    /// A key is written as a string value would be, then marked as a new key
    /// (map keys are data, so they are not looked up among the field names).
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TapeError> {
        // room first, so that a string key's op lands at `at` in this chunk
        if self.tape.ops.len() >= self.tape.limit {
            self.tape.flush()?;
        }
        let at = self.tape.ops.len();
        self.item(key)?;
        match self.tape.ops.get(at..) {
            Some([op, _]) if *op == STRING => {
                self.tape.ops[at] = NEW_KEY;
                Ok(())
            }
            _ => Err(TapeError("a map key is not a string".into())),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.item(value)
    }
    fn end(self) -> Result<(), TapeError> {
        self.close()
    }
}
