from teamaudit.cli import main

main()
