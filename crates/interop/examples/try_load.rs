fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    match liaison_interop::model_file::load_model(path.as_ref(), &Default::default()) {
        Ok(m) => println!("ok: {} organisations", m.organisations.len()),
        Err(e) => print!("{e}"),
    }
}
