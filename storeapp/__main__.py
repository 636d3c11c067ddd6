from storeapp.cli import main

raise SystemExit(main())
