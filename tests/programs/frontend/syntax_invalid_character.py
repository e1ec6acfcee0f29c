# -*- coding: utf-8 -*-
price = 10 €
