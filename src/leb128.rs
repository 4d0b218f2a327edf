//! Ascending `u32`s stored as LEB128 deltas: the key runs of the entity model
//! and of the claims weights and word-meaning table (small gaps take one byte,
//! and gzip finds the rest of the pattern).

/// Appends the deltas of `ascending` (each value at least the one before it).
pub fn write_deltas(ascending: &[u32], out: &mut Vec<u8>) {
    let mut prev = 0u32;
    for &v in ascending {
        let mut d = v - prev;
        prev = v;
        loop {
            let byte = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
}

/// Reads `count` deltas at `b[*pos..]` back into the values, moving `pos`.
pub fn read_deltas(b: &[u8], pos: &mut usize, count: usize) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(count.min(b.len()));
    let mut prev = 0u32;
    for _ in 0..count {
        let mut d = 0u32;
        let mut shift = 0;
        loop {
            let byte = *b.get(*pos).ok_or("weights file truncated")?;
            *pos += 1;
            d |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
            if shift > 28 {
                return Err("bad index in weights file".into());
            }
        }
        prev = prev.checked_add(d).ok_or("bad index in weights file")?;
        out.push(prev);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_round_trip() {
        let values = [0, 1, 127, 128, 300, 16_384, 1 << 20, u32::MAX];
        let mut b = Vec::new();
        write_deltas(&values, &mut b);
        let mut pos = 0;
        assert_eq!(read_deltas(&b, &mut pos, values.len()).unwrap(), values);
        assert_eq!(pos, b.len());
        let mut pos = 0;
        assert!(read_deltas(&b[..b.len() - 1], &mut pos, values.len()).is_err());
        // Six continuation bytes are not a u32.
        let mut pos = 0;
        assert!(read_deltas(&[0x80; 6], &mut pos, 1).is_err());
    }
}
