import './styles.scss';

document.getElementById('app')!.textContent = 'Sightline';
