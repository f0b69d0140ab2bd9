from avec.cli import main

main()
