from ajar.cli import main

main(prog_name="ajar")
