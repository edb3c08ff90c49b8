from pyjekyll.cli import run

run()
