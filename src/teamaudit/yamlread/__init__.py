"""Reading YAML within bounds: the bytes and their encoding (yamlbytes), line breaks only YAML 1.1 sees
(linebreaks), values built within nesting and alias limits (yamlnodes), a person at a time (yamlstream), errors
as located messages (yamlmessages), and a path checked and read (yamlfile)."""
